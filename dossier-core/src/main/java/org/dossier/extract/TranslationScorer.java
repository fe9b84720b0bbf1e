package org.dossier.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates (0..1) how likely a body text is a machine translation from general surface features:
 * sentence fragments after a full stop ("… he said. Said."), lowercase sentence starts, unbalanced or
 * inverted quote marks, spaces inside quotes. A logistic combination of per-sentence rates.
 */
final class TranslationScorer {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201d\u2019]?\\s+");
    private static final Pattern LOWER_START = Pattern.compile("[.!?]\\s+\\p{Ll}");
    private static final Pattern SPACED_QUOTE = Pattern.compile("\\s[\u201d\"]\\s*[,.]|[\u201c\u201d\"]\\s+\\p{L}+\\s+[\u201c\u201d\"]");
    private static final Pattern FRAGMENT = Pattern.compile("[.!?]\\s+(\\p{Lu}?\\p{Ll}+(?:\\s\\p{Ll}+)?)\\.(?=\\s|$)");
    // weights calibrated so that edited news prose scores low and visibly broken translations score high
    private static final double BIAS = -3.0;
    private static final double W_FRAGMENT = 20;
    private static final double W_LOWER = 8;
    private static final double W_QUOTES = 6.0;
    private static final double W_SPACED = 30;

    private TranslationScorer() {
    }

    static double score(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double[] f = features(text);
        double z = BIAS + W_FRAGMENT * f[0] + W_LOWER * f[1] + W_SPACED * f[2] + W_QUOTES * f[3];
        return 1 / (1 + Math.exp(-z));
    }

    /** Per-sentence rates of fragments, lowercase starts, spaced quotes; share of unbalanced paragraphs. */
    static double[] features(String text) {
        int sentences = Math.max(1, count(SENTENCE_END, text) + 1);
        double fragments = count(FRAGMENT, text) / (double) sentences;
        double lower = lowerStarts(text) / (double) sentences;
        double spaced = count(SPACED_QUOTE, text) / (double) sentences;
        double quotes = unbalancedParagraphs(text);
        return new double[] {fragments, lower, spaced, quotes};
    }

    private static int lowerStarts(String text) {
        int n = 0;
        Matcher m = LOWER_START.matcher(text);
        while (m.find()) {
            // "e.g. foo", "U.S. officials": an abbreviation before the stop is not a broken boundary
            int dot = m.start();
            if (dot >= 2 && text.charAt(dot - 2) != '.' && !Character.isUpperCase(text.charAt(dot - 1))) {
                n++;
            }
        }
        return n;
    }

    /** Share of paragraphs whose curly or straight quote marks do not pair up. */
    private static double unbalancedParagraphs(String text) {
        String[] paras = text.split("\n\n");
        int bad = 0;
        for (String p : paras) {
            int open = 0;
            int close = 0;
            int straight = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                open += c == '\u201c' ? 1 : 0;
                close += c == '\u201d' ? 1 : 0;
                straight += c == '"' ? 1 : 0;
            }
            if (open != close || straight % 2 != 0) {
                bad++;
            }
        }
        return bad / (double) paras.length;
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
