package org.dossier.extract.translation;


/**
 * Estimates (0..1) how likely a body text is a machine translation from general surface features:
 * sentence fragments after a full stop ("… he said. Said."), lowercase sentence starts, unbalanced or
 * inverted, spaced or glued quote marks, stuttered words. A logistic function of the evidence, each rate
 * measured against what edited native prose shows.
 */
public final class TranslationScorer {
    /**
     * Per-feature rates that edited news prose rarely exceeds (about its 97th percentile over a benchmark of
     * native news pages): fragments, lowercase starts, spaced quotes, unbalanced paragraphs, glued quotes,
     * repeated words. A feature at that rate is one unit of evidence; each feature gives at most two.
     */
    private static final double[] NATIVE_UPPER = {0.07, 0.12, 0.027, 0.11, 0.02, 0.03};
    private static final double MAX_EVIDENCE = 2;
    private static final double BIAS = -3.0;
    private static final double WEIGHT = 1.6;

    private TranslationScorer() {
    }

    public static double score(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double[] f = features(text);
        double evidence = 0;
        for (int k = 0; k < f.length; k++) {
            evidence += Math.min(MAX_EVIDENCE, f[k] / NATIVE_UPPER[k]);
        }
        return 1 / (1 + Math.exp(-(BIAS + WEIGHT * evidence)));
    }

    /** Per-sentence rates of fragments, lowercase starts, spaced quotes; share of unbalanced paragraphs. */
    static double[] features(String s) {
        char[] text = s.toCharArray(); // one copy; the scans read the array, not the string char by char
        int[] b = SurfaceScans.boundaries(text);
        int sentences = Math.max(1, b[0] + 1);
        double fragments = b[2] / (double) sentences;
        double lower = b[1] / (double) sentences;
        double spaced = SurfaceScans.spacedQuotes(text) / (double) sentences;
        double quotes = SurfaceScans.unbalancedParagraphs(text);
        double glued = b[3] / (double) sentences;
        double repeats = SurfaceScans.repeatedWords(text) / (double) sentences;
        return new double[] {fragments, lower, spaced, quotes, glued, repeats};
    }
}
