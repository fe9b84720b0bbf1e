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
     * repairs splits a document shows; here every pair sharing an index key is a candidate. Chosen on ECB+ dev
     * (30-day parts clustered as a batch, pairs joined by {@link MergeComponents}; {@code bench/run.sh spark-merge}):
     * B3 F1 on the whole set 0.40 → 0.877, 0.50 → 0.882, 0.55 → 0.890, 0.60 → 0.888 (with the single-document join),
     * and 0.55 the best mean over the two halves of its stories.
     */
    static final double ACROSS_PARTS = 0.55;

    /**
     * How two stories of one language are judged: centroid similarity from {@code acrossParts}, or else, when the
     * smaller story has at most {@code documentJoinUpTo} documents, that story read as one document would join the
     * other (the join threshold: for a single document, the decision the clusterer itself takes).
     */
    public record Rule(double acrossParts, int documentJoinUpTo) implements java.io.Serializable {
        public static final Rule DEFAULT = new Rule(ACROSS_PARTS, 1);
    }

    private final ClusterParams params;
    private final DocumentFrequencies df;
    private final StoryScorer scorer;
    private final Rule rule;

    public CentroidMerge(ClusterParams params, FrequencyTable table) {
        this(params, table, Rule.DEFAULT);
    }

    public CentroidMerge(ClusterParams params, FrequencyTable table, Rule rule) {
        this.params = params;
        this.df = new DocumentFrequencies(table);
        this.scorer = new StoryScorer(params, df::multilingual);
        this.rule = rule;
    }

    /** Whether {@code a} and {@code b} are one story. */
    public boolean sameStory(StoryCentroid a, StoryCentroid b) {
        if (!withinWindow(a, b)) {
            return false;
        }
        OpenStory sa = story(a);
        OpenStory sb = story(b);
        StoryCentroid small = a.size() <= b.size() ? a : b;
        OpenStory big = small == a ? sb : sa;
        if (shareLanguage(a, b)) {
            return centroidSimilarity(sa, sb) >= rule.acrossParts()
                    || small.size() <= rule.documentJoinUpTo()
                    && scorer.score(big, asDocument(small)).similarity() >= params.joinThreshold();
        }
        return scorer.score(big, asDocument(small)).similarity() >= params.joinThreshold();
    }

    /** The centroid similarity of two stories (what ranks the pairs found to be one: see {@link MergeComponents}). */
    public double similarity(StoryCentroid a, StoryCentroid b) {
        return centroidSimilarity(story(a), story(b));
    }

    private static boolean shareLanguage(StoryCentroid a, StoryCentroid b) {
        return a.languages().isEmpty() || b.languages().isEmpty()
                || a.languages().stream().anyMatch(b.languages()::contains);
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
