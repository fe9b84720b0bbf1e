package org.dossier.cluster;

import java.util.Arrays;

/**
 * An open-addressing map from words (char ranges, looked up without making a string) to ints, keeping each
 * key's hash so that a probe rarely touches another key's chars. Not thread-safe.
 */
final class WordMap {
    private int[] hashes = new int[8192];
    private char[][] keys = new char[8192][];
    private int[] values = new int[8192];
    /** What {@link #get} answers for a word not in the map. */
    static final int MISSING = Integer.MIN_VALUE;
    private int size;

    /** The value of the word {@code chars[from, to)}, or {@link #MISSING}. */
    int get(char[] chars, int from, int to) {
        int h = hash(chars, from, to);
        int mask = keys.length - 1;
        for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && same(keys[i], chars, from, to)) {
                return values[i];
            }
        }
        return MISSING;
    }

    /** Maps the word (not yet in the map) to {@code value}. */
    void put(String word, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        char[] key = word.toCharArray();
        insert(key, hash(key, 0, key.length), value);
        size++;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(keys, null);
        size = 0;
    }

    private void insert(char[] key, int h, int value) {
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
    }

    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldKeys = keys;
        int[] oldValues = values;
        hashes = new int[oldKeys.length * 2];
        keys = new char[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    /** Whether the key is the word; a plain loop, as words are short. */
    private static boolean same(char[] key, char[] chars, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h * 0x9E3779B9 ^ (h * 0x9E3779B9) >>> 16;
    }
}
