package org.dossier.cluster;

import java.time.LocalDate;

/**
 * Decides whether two stories clustered in different parts of a corpus (other time windows or languages) are one
 * story, by the rules of {@link StoryScorer}: within the clusterer's time window of each other, and then, when
 * they share a language, their centroids similar as {@link StoryScorer#sameStory} measures it (from
 * {@link #ACROSS_PARTS}); across languages, the smaller story, read as one document (its unit centroid), would
 * join the other (the join threshold; only the keys several languages share count, as for a document). Statistics come
 * from the corpus' {@link FrequencyTable}. Not thread-safe: one per task.
 */
public final class CentroidMerge {
    /**
     * Least centroid similarity (lexical and key cosine mixed as {@link StoryScorer#sameStory} mixes them) of two
     * stories of one language from different parts. Lower than the clusterer's merge threshold (0.6), which
     * repairs splits a document shows; here every pair sharing an index key is a candidate. Tuned on ECB+ dev
     * (parts by dateline window of 30 days, B3 F1: 0.6 → 0.871, 0.55 → 0.876 at 14 days, 0.5 → 0.885, 0.4 → 0.852,
     * 0.3 → 0.817: below 0.5 components chain sibling events).
     */
    static final double ACROSS_PARTS = 0.5;

    private final ClusterParams params;
    private final DocumentFrequencies df;
    private final StoryScorer scorer;

    public CentroidMerge(ClusterParams params, FrequencyTable table) {
        this.params = params;
        this.df = new DocumentFrequencies(table);
        this.scorer = new StoryScorer(params, df::multilingual);
    }

    /** Whether {@code a} and {@code b} are one story. */
    public boolean sameStory(StoryCentroid a, StoryCentroid b) {
        if (!withinWindow(a, b)) {
            return false;
        }
        OpenStory sa = story(a);
        OpenStory sb = story(b);
        boolean shareLanguage = a.languages().isEmpty() || b.languages().isEmpty()
                || a.languages().stream().anyMatch(b.languages()::contains);
        if (shareLanguage) {
            return centroidSimilarity(sa, sb) >= ACROSS_PARTS;
        }
        StoryCentroid small = a.size() <= b.size() ? a : b;
        OpenStory big = small == a ? sb : sa;
        return scorer.score(big, asDocument(small)).similarity() >= params.joinThreshold();
    }

    private double centroidSimilarity(OpenStory a, OpenStory b) {
        return scorer.centroidSimilarity(a, b);
    }

    private boolean withinWindow(StoryCentroid a, StoryCentroid b) {
        if (a.firstDate() == null || b.firstDate() == null) {
            return true;
        }
        int w = params.windowDays();
        return !a.firstDate().minusDays(w).isAfter(b.lastDate()) && !b.firstDate().minusDays(w).isAfter(a.lastDate());
    }

    private OpenStory story(StoryCentroid c) {
        OpenStory s = new OpenStory(c.id(), null);
        s.lexical.add(vector(c.lexicalHashes(), c.lexicalWeights(), false));
        s.keys.add(vector(c.keyHashes(), c.keyWeights(), false));
        s.languages.addAll(c.languages());
        s.firstDate = c.firstDate();
        s.lastDate = c.lastDate();
        return s;
    }

    /** The story's centroid as one document: unit vectors, its only language (or none), its last date. */
    private DocVector asDocument(StoryCentroid c) {
        String lang = c.languages().size() == 1 ? c.languages().get(0) : null;
        LocalDate date = c.lastDate();
        return new DocVector(c.id(), lang, date, date != null, vector(c.lexicalHashes(), c.lexicalWeights(), true),
                vector(c.keyHashes(), c.keyWeights(), true), new int[0]);
    }

    private FeatureVector vector(long[] hashes, double[] weights, boolean unit) {
        int[] ids = new int[hashes.length];
        double[] w = weights.clone();
        double sq = 0;
        for (int i = 0; i < hashes.length; i++) {
            ids[i] = df.idOfHash(hashes[i]);
            sq += w[i] * w[i];
        }
        double norm = Math.sqrt(sq);
        for (int i = 0; unit && norm > 0 && i < w.length; i++) {
            w[i] /= norm;
        }
        return new FeatureVector(ids, w);
    }
}
