package org.dossier.cluster;

import java.util.Arrays;

/**
 * The open stories indexed under each feature id, as arrays over the dense ids: a lookup walks an array in the
 * order the stories were indexed (oldest first), so ties between equally good candidates break the same way in
 * every run. Adding appends; removing (a story closes or merges) shifts the rest down.
 */
final class Postings {
    private OpenStory[][] lists = new OpenStory[1024][];
    private int[] sizes = new int[1024];

    /** The array holding the stories under {@code key} in its first {@link #size} slots, or null when none. */
    OpenStory[] get(int key) {
        return key < lists.length && sizes[key] > 0 ? lists[key] : null;
    }

    /** How many stories are under {@code key}. */
    int size(int key) {
        return key < sizes.length ? sizes[key] : 0;
    }

    /** Indexes {@code s} under {@code key}; the caller adds each (key, story) pair once. */
    void add(int key, OpenStory s) {
        if (key >= lists.length) {
            int n = Math.max(key + 1, lists.length * 2);
            lists = Arrays.copyOf(lists, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        OpenStory[] list = lists[key];
        int size = sizes[key];
        if (list == null) {
            list = lists[key] = new OpenStory[4];
        } else if (size == list.length) {
            list = lists[key] = Arrays.copyOf(list, size * 2);
        }
        list[size] = s;
        sizes[key] = size + 1;
    }

    void remove(int key, OpenStory s) {
        if (key >= lists.length || lists[key] == null) {
            return;
        }
        OpenStory[] list = lists[key];
        int size = sizes[key];
        for (int i = 0; i < size; i++) {
            if (list[i] == s) {
                System.arraycopy(list, i + 1, list, i, size - i - 1);
                list[--size] = null;
                sizes[key] = size;
                if (size == 0) {
                    lists[key] = null;
                } else if (size * 4 < list.length && list.length > 4) {
                    lists[key] = Arrays.copyOf(list, Math.max(4, list.length / 2));
                }
                return;
            }
        }
    }
}
