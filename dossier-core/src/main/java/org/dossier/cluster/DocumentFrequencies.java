package org.dossier.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies counted incrementally as documents arrive, the smoothed IDF they give, and a
 * dense id per feature (so centroids are primitive arrays).
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
            id = ids.size();
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
