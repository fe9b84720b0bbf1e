package org.dossier.dedup;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The buckets of an {@link LshIndex}: band keys to item queues in an open-addressing table of primitive keys
 * (linear probing, deletion by shifting back), so no key is boxed. Not thread-safe.
 */
final class BandBuckets<T> {
    private long[] keys = new long[1024];
    private Object[] queues = new Object[1024];
    private int size;

    /** The queue under {@code key}, or null. */
    @SuppressWarnings("unchecked")
    Deque<T> get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); queues[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (Deque<T>) queues[i];
            }
        }
        return null;
    }

    /** The queue under {@code key}, made empty when there is none. */
    Deque<T> getOrCreate(long key) {
        Deque<T> q = get(key);
        if (q == null) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            q = new ArrayDeque<>(2);
            insert(key, q);
            size++;
        }
        return q;
    }

    void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (queues[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (queues[i] == null) {
            return;
        }
        queues[i] = null;
        size--;
        for (int j = (i + 1) & mask; queues[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                queues[i] = queues[j];
                queues[j] = null;
                i = j;
            }
        }
    }

    int size() {
        return size;
    }

    private void insert(long key, Object queue) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (queues[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        queues[i] = queue;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldQueues = queues;
        keys = new long[oldKeys.length * 2];
        queues = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldQueues[i] != null) {
                insert(oldKeys[i], oldQueues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
