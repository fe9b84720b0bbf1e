package org.dossier.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.dossier.text.Hash64;

/**
 * Document frequencies counted incrementally as documents arrive, the smoothed IDF they give, and a dense id per
 * feature (so centroids are primitive arrays). A feature is known by its 64-bit hash ({@link Hash64}; two of a
 * million features share one with probability about 3·10^-8), so the table keeps no strings. {@link #prune}
 * forgets the features nothing holds any more and hands their ids to new features, which keeps the table bounded
 * on an endless stream. It also remembers in which languages each feature was seen, so that comparisons across
 * languages can keep to the keys that more than one language writes alike (names, numbers, dates).
 */
public final class DocumentFrequencies implements FeatureIds {
    /** Feature hash to id. */
    private final WordMap ids = new WordMap();
    private int[] df = new int[1024];
    /** Per id: one bit per language of the documents it was counted in (the 64th bit shared by any further ones). */
    private long[] languages = new long[1024];
    private final Map<String, Integer> languageBits = new HashMap<>();
    /** Per id: its feature's hash, 0 when the id is free. */
    private long[] hashes = new long[1024];
    /** The ids of name keys ({@code e:}), marked by the featurizer: across languages a join needs a shared name. */
    private final java.util.BitSet names = new java.util.BitSet();
    /** Ids given back by {@link #prune}, taken before new ones. */
    private int[] free = new int[0];
    private int freeCount;
    private int next;
    private long docs;
    /** The corpus counted beforehand, or null: counts come from the documents as they arrive. */
    private final FrequencyTable base;

    /** Frequencies counted from the documents as they arrive. */
    public DocumentFrequencies() {
        this.base = null;
    }

    /**
     * Frequencies read from a table counted beforehand over the whole corpus (a distributed job's first
     * aggregate): a feature takes its count on first sight, and documents add nothing.
     */
    DocumentFrequencies(FrequencyTable base) {
        this.base = base;
        this.docs = base.documents();
    }

    /** Counts one document whose distinct features have the given ids (from {@link #id}). */
    void addIds(int[] ids, int[] disjointIds) {
        addIds(ids, disjointIds, null);
    }

    /** Counts one document of a language (null: unknown) whose distinct features have the given ids. */
    void addIds(int[] ids, int[] disjointIds, String language) {
        if (base != null) {
            return;
        }
        docs++;
        long bit = language == null ? 0 : 1L << languageBits.computeIfAbsent(language, l -> Math.min(63, languageBits.size()));
        for (int id : ids) {
            df[id]++;
            languages[id] |= bit;
        }
        for (int id : disjointIds) {
            df[id]++;
            languages[id] |= bit;
        }
    }

    /** Whether the feature was counted in documents of more than one language. */
    boolean multilingual(int id) {
        long l = languages[id];
        return (l & (l - 1)) != 0;
    }

    /** Marks the feature as a name key (a capitalised name, not a number or a date). */
    void markName(int id) {
        names.set(id);
    }

    /** Whether the feature is a name key ({@link #markName}). */
    boolean name(int id) {
        return names.get(id);
    }

    /** The feature's id, assigned on first sight. */
    @Override
    public int id(String feature) {
        return idOfHash(Hash64.of(feature));
    }

    /** The id of the feature with this hash, assigned on first sight (as {@link #id}). */
    int idOfHash(long h) {
        int id = ids.get(h);
        if (id != WordMap.MISSING) {
            return id;
        }
        id = freeCount > 0 ? free[--freeCount] : next++;
        if (id >= df.length) {
            df = Arrays.copyOf(df, df.length * 2);
            hashes = Arrays.copyOf(hashes, df.length);
            languages = Arrays.copyOf(languages, df.length);
        }
        hashes[id] = h;
        ids.put(h, id);
        if (base != null) {
            df[id] = base.count(h);
            languages[id] = base.multilingual(h) ? 3 : 1;
        }
        return id;
    }

    /** The hash of the feature with this id. */
    long hashOf(int id) {
        return hashes[id];
    }

    /** What a counter hands on per feature: its hash, its document count, the languages it was seen in. */
    @FunctionalInterface
    interface FeatureCount {
        void accept(long hash, int documents, List<String> languages);
    }

    /** Hands every feature counted here to {@code f}. */
    void forEachFeature(FeatureCount f) {
        String[] names = new String[64];
        languageBits.forEach((l, bit) -> names[bit] = names[bit] == null ? l : names[bit] + "+" + l);
        for (int id = 0; id < next; id++) {
            if (hashes[id] == 0) {
                continue;
            }
            List<String> langs = new java.util.ArrayList<>();
            for (long l = languages[id]; l != 0; l &= l - 1) {
                langs.add(names[Long.numberOfTrailingZeros(l)]);
            }
            f.accept(hashes[id], df[id], langs);
        }
    }

    /**
     * Forgets every feature whose id {@code held} rejects, with its count; their ids go to new features. Whoever
     * remembered ids of this table (word caches) must forget them too. Returns how many features were forgotten.
     */
    int prune(IntPredicate held) {
        int dropped = 0;
        ids.clear();
        for (int id = 0; id < next; id++) {
            if (hashes[id] == 0) {
                continue;
            }
            if (held.test(id)) {
                ids.put(hashes[id], id);
                continue;
            }
            hashes[id] = 0;
            df[id] = 0;
            languages[id] = 0;
            names.clear(id);
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, Math.max(16, free.length * 2));
            }
            free[freeCount++] = id;
            dropped++;
        }
        return dropped;
    }

    /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
    public double idf(String feature) {
        int id = ids.get(Hash64.of(feature));
        return idf(id == WordMap.MISSING ? 0 : df[id]);
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
