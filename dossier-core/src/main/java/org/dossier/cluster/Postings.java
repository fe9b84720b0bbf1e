package org.dossier.cluster;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The open stories indexed under each feature id: an array over the dense ids instead of a boxed map. Each set
 * is also kept as an array in the set's own iteration order, remade only after the set changes, so a lookup
 * walks an array.
 */
final class Postings {
    private static final OpenStory[] NONE = new OpenStory[0];

    @SuppressWarnings("unchecked")
    private Set<OpenStory>[] sets = new Set[1024];
    private OpenStory[][] arrays = new OpenStory[1024][];

    /** The stories under {@code key} in the order their set iterates, or null when there are none. */
    OpenStory[] get(int key) {
        if (key >= sets.length || sets[key] == null) {
            return null;
        }
        if (arrays[key] == null) {
            arrays[key] = sets[key].toArray(NONE);
        }
        return arrays[key];
    }

    void add(int key, OpenStory s) {
        if (key >= sets.length) {
            int n = Math.max(key + 1, sets.length * 2);
            sets = Arrays.copyOf(sets, n);
            arrays = Arrays.copyOf(arrays, n);
        }
        if (sets[key] == null) {
            sets[key] = new HashSet<>();
        }
        if (sets[key].add(s)) {
            arrays[key] = null;
        }
    }

    void remove(int key, OpenStory s) {
        if (key < sets.length && sets[key] != null && sets[key].remove(s)) {
            arrays[key] = null;
            if (sets[key].isEmpty()) {
                sets[key] = null;
            }
        }
    }
}
