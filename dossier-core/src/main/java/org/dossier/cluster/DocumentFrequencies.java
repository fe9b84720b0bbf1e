package org.dossier.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Document frequencies counted incrementally as documents arrive, and the smoothed IDF they give. */
public final class DocumentFrequencies {
    private final Map<String, int[]> df = new HashMap<>();
    private long docs;

    /** Counts one document with the given distinct features. */
    public void add(Collection<String> features) {
        docs++;
        for (String f : features) {
            df.computeIfAbsent(f, k -> new int[1])[0]++;
        }
    }

    /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
    public double idf(String feature) {
        int[] c = df.get(feature);
        return Math.log((docs + 1.0) / ((c == null ? 0 : c[0]) + 1.0)) + 1.0;
    }

    public long documents() {
        return docs;
    }

    public int vocabulary() {
        return df.size();
    }
}
