package org.dossier.dedup;

import org.dossier.text.Hash64;

/**
 * The signature Lucene's {@code MinHashFilter(input, 1, buckets, 1, true)} gives, computed on primitive arrays
 * from char ranges instead of one token object per input: same MurmurHash3 of the UTF-16LE text, same buckets,
 * same rotation into empty buckets, each minimum folded to 64 bits by {@link #fnv}. {@code SignerTest} checks
 * it against the filter. Not thread-safe; reused per document.
 */
final class BucketMinHash {
    /** MurmurHash3 of the four zero bytes of hash function 0, which MinHashFilter combines into every hash. */
    private static final long FUNCTION_0_LOW;
    private static final long FUNCTION_0_HIGH;

    static {
        BucketMinHash h = new BucketMinHash(1);
        h.murmur(new char[2], 0, 2);
        FUNCTION_0_LOW = h.h1;
        FUNCTION_0_HIGH = h.h2;
    }

    private final int buckets;
    private final long bucketSize;
    private final long[] high;
    private final long[] low;
    private final boolean[] filled;
    private boolean any;
    /** The last {@link #murmur} result. */
    private long h1;
    private long h2;

    BucketMinHash(int buckets) {
        this.buckets = buckets;
        long size = (1L << 32) / buckets;
        this.bucketSize = (1L << 32) % buckets != 0 ? size + 1 : size;
        this.high = new long[buckets];
        this.low = new long[buckets];
        this.filled = new boolean[buckets];
    }

    void reset() {
        java.util.Arrays.fill(filled, false);
        any = false;
    }

    /** Adds the text {@code chars[from, to)} as one input token. */
    void add(char[] chars, int from, int to) {
        murmur(chars, from, to);
        long v1 = h1 * 37 + FUNCTION_0_LOW;
        long v2 = h2 * 37 + FUNCTION_0_HIGH;
        int b = (int) ((v2 >>> 32) / bucketSize);
        if (!filled[b] || less(v2, v1, high[b], low[b])) {
            high[b] = v2;
            low[b] = v1;
            filled[b] = true;
        }
        any = true;
    }

    /** One 64-bit value per bucket in bucket order, or an empty array when nothing was added. */
    long[] signature() {
        if (!any) {
            return new long[0];
        }
        for (int b = 0; b < buckets; b++) {
            if (!filled[b]) {
                for (int off = 1; off < buckets; off++) {
                    int from = (b + off) % buckets;
                    if (filled[from]) {
                        high[b] = high[from];
                        low[b] = low[from];
                        filled[b] = true;
                        break;
                    }
                }
            }
        }
        long[] out = new long[buckets];
        for (int b = 0; b < buckets; b++) {
            out[b] = fnv(high[b], low[b]);
        }
        return out;
    }

    /** MinHashFilter's order: the high half unsigned, then the low half unsigned. */
    private static boolean less(long high1, long low1, long high2, long low2) {
        int c = Long.compareUnsigned(high1, high2);
        return c < 0 || c == 0 && Long.compareUnsigned(low1, low2) < 0;
    }

    /** FNV-1a over the eight chars MinHashFilter writes for a hash: the high half, then the low, 16 bits each. */
    private static long fnv(long high, long low) {
        long h = 0xcbf29ce484222325L;
        for (int shift = 48; shift >= 0; shift -= 16) {
            h = (h ^ (char) (high >> shift)) * 0x100000001b3L;
        }
        for (int shift = 48; shift >= 0; shift -= 16) {
            h = (h ^ (char) (low >> shift)) * 0x100000001b3L;
        }
        return h;
    }

    /** MurmurHash3 x64 128 (seed 0) of the UTF-16LE bytes of {@code chars[from, to)} into {@link #h1}, {@link #h2}. */
    private void murmur(char[] chars, int from, int to) {
        final long c1 = 0x87c37b91114253d5L;
        final long c2 = 0x4cf5ad432745937fL;
        long h1 = 0;
        long h2 = 0;
        int n = to - from;
        int blocksEnd = from + (n & ~7);
        for (int i = from; i < blocksEnd; i += 8) {
            long k1 = pack(chars, i, 4);
            long k2 = pack(chars, i + 4, 4);
            h1 ^= Long.rotateLeft(k1 * c1, 31) * c2;
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= Long.rotateLeft(k2 * c2, 33) * c1;
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int rest = n & 7;
        if (rest > 4) {
            h2 ^= Long.rotateLeft(pack(chars, blocksEnd + 4, rest - 4) * c2, 33) * c1;
        }
        if (rest > 0) {
            h1 ^= Long.rotateLeft(pack(chars, blocksEnd, Math.min(rest, 4)) * c1, 31) * c2;
        }
        long len = 2L * n;
        h1 ^= len;
        h2 ^= len;
        h1 += h2;
        h2 += h1;
        h1 = Hash64.fmix64(h1);
        h2 = Hash64.fmix64(h2);
        h1 += h2;
        h2 += h1;
        this.h1 = h1;
        this.h2 = h2;
    }

    /** Up to four chars as a little-endian long, as their UTF-16LE bytes read it. */
    private static long pack(char[] chars, int at, int count) {
        long k = 0;
        for (int j = 0; j < count; j++) {
            k |= (long) chars[at + j] << (16 * j);
        }
        return k;
    }
}
