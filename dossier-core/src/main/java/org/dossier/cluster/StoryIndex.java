package org.dossier.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The open stories by index key (the strongest features of their documents, see {@link ClusterParams#indexKeys})
 * and the lookup of a document's candidates: the {@link #CANDIDATES} stories sharing most index keys with it.
 * Not thread-safe; one lookup at a time (its list is reused).
 */
final class StoryIndex {
    /** Stories compared per document: the story of the event shares most of its strongest features. */
    static final int CANDIDATES = 8;

    private final Postings postings = new Postings();
    /** Scratch list of the current lookup, reused so it does not grow per document. */
    private final List<OpenStory> found = new ArrayList<>();
    private int lookups;

    /** Indexes the story under each key it is not yet under. */
    void add(OpenStory s, int[] keys) {
        for (int key : keys) {
            if (s.indexKeys.add(key)) {
                postings.add(key, s);
            }
        }
    }

    /** Indexes the story under each key of another story (one it absorbs) it is not yet under. */
    void addKeysOf(OpenStory s, OpenStory absorbed) {
        for (int key : absorbed.indexKeys) {
            if (s.indexKeys.add(key)) {
                postings.add(key, s);
            }
        }
    }

    /** Takes the story out of the index (it closed or was absorbed); its own set of keys stays. */
    void remove(OpenStory s) {
        for (int key : s.indexKeys) {
            postings.remove(key, s);
        }
    }

    /**
     * Open stories sharing index keys with a document, the {@link #CANDIDATES} sharing most first (among equal
     * counts, the one found first: postings list stories oldest first). The list is valid until the next lookup.
     */
    List<OpenStory> candidates(int[] keys) {
        int stamp = ++lookups;
        found.clear();
        for (int key : keys) {
            OpenStory[] p = postings.get(key);
            for (int i = 0, n = postings.size(key); i < n; i++) {
                OpenStory s = p[i];
                if (s.stamp != stamp) {
                    s.stamp = stamp;
                    s.hits = 0;
                    found.add(s);
                }
                s.hits++;
            }
        }
        return found.size() > CANDIDATES ? mostHits(found, CANDIDATES) : found;
    }

    /** The k stories with most hits in {@code list}, most first, earlier first among equals (a stable top-k). */
    static List<OpenStory> mostHits(List<OpenStory> list, int k) {
        OpenStory[] top = new OpenStory[k];
        int n = 0;
        for (OpenStory s : list) {
            if (n == k && s.hits <= top[k - 1].hits) {
                continue;
            }
            int i = n < k ? n++ : k - 1;
            while (i > 0 && top[i - 1].hits < s.hits) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = s;
        }
        return Arrays.asList(top).subList(0, n);
    }
}
