package org.dossier.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Locality-sensitive hashing by banding: a MinHash signature is cut into bands of {@code rows} hashes and
 * items sharing any band are candidates. Each band bucket keeps only its newest {@link #BUCKET_CAP} items.
 * Items count their shared bands in fields of their own ({@link Item}) rather than in a map.
 */
final class LshIndex<T extends LshIndex.Item> {
    /** Near-identical items pile up in one bucket; the newest few are enough to find a copy. */
    static final int BUCKET_CAP = 8;

    private final int rows;
    private final Function<T, long[]> signature;
    private final BandBuckets<T> buckets = new BandBuckets<>();
    private final List<T> found = new ArrayList<>();
    private int lookups;
    private long[] keys = new long[0];

    /** What the index stores: scratch counters of the current lookup (one lookup at a time per index). */
    abstract static class Item {
        LshIndex<?> countedBy;
        int stamp;
        int hits;
    }

    LshIndex(int rows, Function<T, long[]> signature) {
        this.rows = rows;
        this.signature = signature;
    }

    void add(T item) {
        for (long key : keys(signature.apply(item))) {
            buckets.add(key, item, BUCKET_CAP);
        }
    }

    void remove(T item) {
        for (long key : keys(signature.apply(item))) {
            buckets.remove(key, item);
        }
    }

    /**
     * The {@code limit} items sharing most bands with the signature, most shared first; among equals, the one
     * found first (bands in order, newest first in a band).
     */
    List<T> candidates(long[] sig, int limit) {
        int stamp = ++lookups;
        found.clear();
        for (long key : keys(sig)) {
            Object held = buckets.get(key);
            if (held instanceof ArrayDeque<?> q) {
                for (Iterator<?> it = q.descendingIterator(); it.hasNext(); ) {
                    count(it.next(), stamp);
                }
            } else if (held != null) {
                count(held, stamp);
            }
        }
        return found.size() > limit ? mostHits(limit) : List.copyOf(found);
    }

    /**
     * The first {@code limit} of the found items in a stable sort by hits, most first: a counting sort, as hits
     * are at most the number of bands.
     */
    @SuppressWarnings("unchecked")
    private List<T> mostHits(int limit) {
        int max = 0;
        for (T item : found) {
            max = Math.max(max, item.hits);
        }
        int[] next = new int[max + 2];
        for (T item : found) {
            next[item.hits]++;
        }
        int at = 0;
        for (int h = max; h >= 0; h--) {
            int n = next[h];
            next[h] = at;
            at += n;
        }
        Object[] out = new Object[limit];
        for (T item : found) {
            int p = next[item.hits]++;
            if (p < limit) {
                out[p] = item;
            }
        }
        return (List<T>) (List<?>) List.of(out);
    }

    @SuppressWarnings("unchecked")
    private void count(Object held, int stamp) {
        T item = (T) held;
        if (item.countedBy != this || item.stamp != stamp) {
            item.countedBy = this;
            item.stamp = stamp;
            item.hits = 0;
            found.add(item);
        }
        item.hits++;
    }

    int buckets() {
        return buckets.size();
    }

    /** The band keys of a signature, in a scratch array reused by every call (one call at a time). */
    private long[] keys(long[] sig) {
        int bands = sig.length / rows;
        if (keys.length != bands) {
            keys = new long[bands];
        }
        bandKeys(sig, rows, keys);
        return keys;
    }

    /** Writes the key of each band of {@code rows} hashes of {@code sig} into {@code keys} (one per band). */
    static void bandKeys(long[] sig, int rows, long[] keys) {
        for (int b = 0; b < sig.length / rows; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < rows; r++) {
                h = (h ^ sig[b * rows + r]) * 0x100000001b3L;
            }
            keys[b] = h;
        }
    }
}
