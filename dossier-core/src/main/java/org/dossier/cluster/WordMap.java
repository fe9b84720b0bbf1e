package org.dossier.cluster;

import java.util.Arrays;
import org.dossier.text.Hash64;

/**
 * An open-addressing map from words (char ranges, looked up without making a string) to ints. A word is known by
 * its 64-bit hash, kept beside its value in one array, so a lookup touches one place in memory and never the
 * word's chars; two words of the map share a hash with probability about n² / 2^65 (for 200,000 words, 10^-9).
 * Not thread-safe.
 */
final class WordMap {
    /** What {@link #get} answers for a word not in the map. */
    static final int MISSING = Integer.MIN_VALUE;
    /** Per entry two longs: the word's hash (0 when empty) and its value. */
    private long[] slots = new long[2 * 8192];
    private int size;

    /** The value of the word {@code chars[from, to)}, or {@link #MISSING}. */
    int get(char[] chars, int from, int to) {
        return get(hash(chars, from, to));
    }

    /** The value of the word whose {@link #hash} is {@code h}, or {@link #MISSING}. */
    int get(long h) {
        int mask = slots.length / 2 - 1;
        for (int i = (int) h & mask; slots[2 * i] != 0; i = (i + 1) & mask) {
            if (slots[2 * i] == h) {
                return (int) slots[2 * i + 1];
            }
        }
        return MISSING;
    }

    /** Maps the word (not yet in the map) to {@code value}. */
    void put(String word, int value) {
        put(hash(word), value);
    }

    /** Maps the word whose {@link #hash} is {@code h} (not yet in the map) to {@code value}. */
    void put(long h, int value) {
        if (2 * (size + 1) > slots.length / 2) {
            grow();
        }
        insert(h, value);
        size++;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
    }

    private void insert(long h, long value) {
        int mask = slots.length / 2 - 1;
        int i = (int) h & mask;
        while (slots[2 * i] != 0) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = h;
        slots[2 * i + 1] = value;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                insert(old[i], old[i + 1]);
            }
        }
    }

    /** A word's hash ({@link Hash64}). */
    static long hash(char[] chars, int from, int to) {
        return Hash64.of(chars, from, to);
    }

    /** The same hash of a string's chars. */
    static long hash(String s) {
        return Hash64.of(s);
    }
}
