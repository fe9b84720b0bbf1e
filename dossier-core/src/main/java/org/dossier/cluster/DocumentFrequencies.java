package org.dossier.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies counted incrementally as documents arrive, the smoothed IDF they give, and a
 * dense id per feature (so centroids are primitive arrays). {@link #prune} forgets the features nothing holds any
 * more and hands their ids to new features, which keeps the table bounded on an endless stream.
 */
public final class DocumentFrequencies implements FeatureIds {
    private final Map<String, Integer> ids = new HashMap<>();
    /**
     * Slots of recently looked-up feature strings, matched by identity: documents share the term strings of
     * their words, so most lookups end here, in a small table, instead of in the map.
     */
    private static final int RECENT = 1 << 16;
    private final String[] recentKeys = new String[RECENT];
    private final int[] recentIds = new int[RECENT];
    private int[] df = new int[1024];
    private String[] features = new String[1024];
    /** Ids given back by {@link #prune}, taken before new ones. */
    private int[] free = new int[0];
    private int freeCount;
    private int next;
    private long docs;

    /** Counts one document with the given distinct features. */
    public void add(Collection<String> features) {
        docs++;
        count(features);
    }

    /** Counts one document whose distinct features are the union of two disjoint sets. */
    void add(Collection<String> features, Collection<String> disjointFeatures) {
        docs++;
        count(features);
        count(disjointFeatures);
    }

    /** Counts one document whose distinct features have the given ids (from {@link #id}). */
    void addIds(int[] ids, int[] disjointIds) {
        docs++;
        for (int id : ids) {
            df[id]++;
        }
        for (int id : disjointIds) {
            df[id]++;
        }
    }

    private void count(Collection<String> features) {
        for (String f : features) {
            int id = id(f); // may grow df
            df[id]++;
        }
    }

    /** The feature's id, assigned on first sight. */
    @Override
    public int id(String feature) {
        int slot = feature.hashCode() & (RECENT - 1);
        String recent = recentKeys[slot];
        if (recent == feature || feature.equals(recent)) {
            return recentIds[slot];
        }
        int id = lookUp(feature);
        recentKeys[slot] = feature;
        recentIds[slot] = id;
        return id;
    }

    private int lookUp(String feature) {
        Integer id = ids.get(feature);
        if (id == null) {
            id = freeCount > 0 ? free[--freeCount] : next++;
            ids.put(feature, id);
            if (id >= df.length) {
                df = Arrays.copyOf(df, df.length * 2);
                features = Arrays.copyOf(features, df.length);
            }
            features[id] = feature;
        }
        return id;
    }

    @Override
    public String feature(int id) {
        return features[id];
    }

    /**
     * Forgets every feature whose id {@code held} rejects, with its count; their ids go to new features. Whoever
     * remembered ids of this table (word caches) must forget them too. Returns how many features were forgotten.
     */
    int prune(java.util.function.IntPredicate held) {
        int dropped = 0;
        for (int id = 0; id < next; id++) {
            if (features[id] != null && !held.test(id)) {
                ids.remove(features[id]);
                features[id] = null;
                df[id] = 0;
                if (freeCount == free.length) {
                    free = Arrays.copyOf(free, Math.max(16, free.length * 2));
                }
                free[freeCount++] = id;
                dropped++;
            }
        }
        Arrays.fill(recentKeys, null);
        return dropped;
    }

    /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
    public double idf(String feature) {
        Integer id = ids.get(feature);
        return idf(id == null ? 0 : df[id]);
    }

    double idfOf(int id) {
        return idf(df[id]);
    }

    private double idf(int count) {
        return Math.log((docs + 1.0) / (count + 1.0)) + 1.0;
    }

    public long documents() {
        return docs;
    }

    public int vocabulary() {
        return ids.size();
    }
}
