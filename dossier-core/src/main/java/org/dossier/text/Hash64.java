package org.dossier.text;

/**
 * A 64-bit hash of a short text (FNV-1a over its UTF-16 units, then a finalising mix), never 0: words and features
 * are known by it where keeping their chars would cost memory and cache misses.
 */
public final class Hash64 {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {}

    /** The hash of {@code chars[from, to)}. */
    public static long of(char[] chars, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ chars[i]) * FNV_PRIME;
        }
        return mix(h);
    }

    /** The hash of a string's chars, equal to that of the same chars in an array. */
    public static long of(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h = fmix64(h);
        return h == 0 ? 1 : h;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit reaches every output bit. */
    public static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
