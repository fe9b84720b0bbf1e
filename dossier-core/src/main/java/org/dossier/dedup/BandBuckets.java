package org.dossier.dedup;

import java.util.ArrayDeque;

/**
 * The buckets of an {@link LshIndex}: band keys to the items under them, oldest first, in an open-addressing
 * table of primitive keys (linear probing, deletion by shifting back). Most bands of an article are its own, so
 * a bucket of one holds the item itself and only a shared bucket has a queue. Not thread-safe.
 */
final class BandBuckets<T> {
    private long[] keys = new long[1024];
    /** Per slot: null (empty), an item, or an {@code ArrayDeque} of items. */
    private Object[] held = new Object[1024];
    private int size;

    /** What is under {@code key}: null, one item, or an {@code ArrayDeque} of them, oldest first. */
    Object get(long key) {
        int i = find(key);
        return i < 0 ? null : held[i];
    }

    /** Adds the item under {@code key}, dropping the oldest beyond {@code cap}. */
    @SuppressWarnings("unchecked")
    void add(long key, T item, int cap) {
        int i = find(key);
        if (i < 0) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(key, item);
            size++;
        } else if (held[i] instanceof ArrayDeque<?> q) {
            ((ArrayDeque<T>) q).addLast(item);
            if (q.size() > cap) {
                q.removeFirst();
            }
        } else {
            ArrayDeque<Object> q = new ArrayDeque<>(4);
            q.addLast(held[i]);
            q.addLast(item);
            held[i] = q;
        }
    }

    /** Takes the item (by identity) from under {@code key}; an emptied bucket goes. */
    void remove(long key, T item) {
        int i = find(key);
        if (i < 0) {
            return;
        }
        if (held[i] instanceof ArrayDeque<?> q) {
            q.removeIf(x -> x == item);
            if (q.isEmpty()) {
                delete(i);
            } else if (q.size() == 1) {
                held[i] = q.peekFirst();
            }
        } else if (held[i] == item) {
            delete(i);
        }
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); held[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    private void delete(int i) {
        int mask = keys.length - 1;
        held[i] = null;
        size--;
        for (int j = (i + 1) & mask; held[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                held[i] = held[j];
                held[j] = null;
                i = j;
            }
        }
    }

    private void insert(long key, Object value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (held[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        held[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldHeld = held;
        keys = new long[oldKeys.length * 2];
        held = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeld[i] != null) {
                insert(oldKeys[i], oldHeld[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
