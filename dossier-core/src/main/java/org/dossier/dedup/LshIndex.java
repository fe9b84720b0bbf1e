package org.dossier.dedup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Locality-sensitive hashing by banding: a MinHash signature is cut into bands of {@code rows} hashes and
 * items sharing any band are candidates. Each band bucket keeps only its newest {@link #BUCKET_CAP} items.
 */
final class LshIndex<T> {
    /** Near-identical items pile up in one bucket; the newest few are enough to find a copy. */
    static final int BUCKET_CAP = 32;

    private final int rows;
    private final Function<T, long[]> signature;
    private final Map<Long, Deque<T>> buckets = new HashMap<>();

    LshIndex(int rows, Function<T, long[]> signature) {
        this.rows = rows;
        this.signature = signature;
    }

    void add(T item) {
        for (long key : keys(signature.apply(item))) {
            Deque<T> b = buckets.computeIfAbsent(key, k -> new ArrayDeque<>(2));
            b.addLast(item);
            if (b.size() > BUCKET_CAP) {
                b.removeFirst();
            }
        }
    }

    void remove(T item) {
        for (long key : keys(signature.apply(item))) {
            Deque<T> b = buckets.get(key);
            if (b != null && b.remove(item) && b.isEmpty()) {
                buckets.remove(key);
            }
        }
    }

    Set<T> candidates(long[] sig) {
        Set<T> out = new LinkedHashSet<>();
        for (long key : keys(sig)) {
            Deque<T> b = buckets.get(key);
            if (b != null) {
                out.addAll(b);
            }
        }
        return out;
    }

    int buckets() {
        return buckets.size();
    }

    private long[] keys(long[] sig) {
        int bands = sig.length / rows;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < rows; r++) {
                h = (h ^ sig[b * rows + r]) * 0x100000001b3L;
            }
            keys[b] = h;
        }
        return keys;
    }
}
