package org.dossier.cluster;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The open stories indexed under each feature id: an array over the dense ids instead of a boxed map. */
final class Postings {
    @SuppressWarnings("unchecked")
    private Set<OpenStory>[] sets = new Set[1024];

    /** The stories under {@code key}, or null. */
    Set<OpenStory> get(int key) {
        return key < sets.length ? sets[key] : null;
    }

    void add(int key, OpenStory s) {
        if (key >= sets.length) {
            sets = Arrays.copyOf(sets, Math.max(key + 1, sets.length * 2));
        }
        if (sets[key] == null) {
            sets[key] = new HashSet<>();
        }
        sets[key].add(s);
    }

    void remove(int key, OpenStory s) {
        Set<OpenStory> p = get(key);
        if (p != null) {
            p.remove(s);
            if (p.isEmpty()) {
                sets[key] = null;
            }
        }
    }
}
