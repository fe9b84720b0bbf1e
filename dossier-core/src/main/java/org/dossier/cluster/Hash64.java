package org.dossier.cluster;

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
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1a85393L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
