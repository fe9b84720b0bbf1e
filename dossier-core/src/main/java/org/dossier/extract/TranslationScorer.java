package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates (0..1) how likely a body text is a machine translation from general surface features:
 * sentence fragments after a full stop ("… he said. Said."), lowercase sentence starts, unbalanced or
 * inverted, spaced or glued quote marks, stuttered words. A logistic function of the evidence, each rate
 * measured against what edited native prose shows.
 */
final class TranslationScorer {
    private static final Pattern SPACED_QUOTE = Pattern.compile("\\s[\u201d\"]\\s*[,.]|[\u201c\u201d\"]\\s+\\p{L}+\\s+[\u201c\u201d\"]");
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

    static double score(String text) {
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
    static double[] features(String text) {
        int[] b = boundaries(text);
        int sentences = Math.max(1, b[0] + 1);
        double fragments = b[2] / (double) sentences;
        double lower = b[1] / (double) sentences;
        double spaced = count(SPACED_QUOTE, text) / (double) sentences;
        double quotes = unbalancedParagraphs(text);
        double glued = b[3] / (double) sentences;
        double repeats = repeatedWords(text) / (double) sentences;
        return new double[] {fragments, lower, spaced, quotes, glued, repeats};
    }

    /**
     * One scan for sentence boundaries: counts of sentence ends, lowercase sentence starts (not after an
     * abbreviation), one- or two-word fragments closed by a full stop ("… said. Said."), and quotes glued to
     * a word (“word”next, word“next).
     */
    static int[] boundaries(String t) {
        int ends = 0;
        int lower = 0;
        int fragments = 0;
        int glued = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (i + 1 < n && (c == '\u201d' && Character.isLetter(t.charAt(i + 1))
                    || Character.isLetter(c) && t.charAt(i + 1) == '\u201c')) {
                glued++;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            if (j < n && "\"\u201d\u2019".indexOf(t.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(t.charAt(k))) {
                k++;
            }
            if (k == j || k >= n) {
                continue;
            }
            ends++;
            char next = t.charAt(k);
            if (Character.isLowerCase(next) && i >= 2 && t.charAt(i - 2) != '.'
                    && !Character.isUpperCase(t.charAt(i - 1))) {
                lower++;
            }
            if (isFragment(t, k)) {
                fragments++;
            }
        }
        return new int[] {ends, lower, fragments, glued};
    }

    /** One or two words (the first may be capitalised, the rest lowercase) closed by a full stop. */
    private static boolean isFragment(String t, int k) {
        int n = t.length();
        int i = k;
        if (i < n && Character.isUpperCase(t.charAt(i))) {
            i++;
        }
        for (int word = 0; word < 2; word++) {
            int start = i;
            while (i < n && Character.isLowerCase(t.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (i < n && t.charAt(i) == '.') {
                return i + 1 >= n || Character.isWhitespace(t.charAt(i + 1));
            }
            if (word == 0 && i + 1 < n && t.charAt(i) == ' ' && Character.isLowerCase(t.charAt(i + 1))) {
                i++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** Immediately repeated words or word pairs ("the the", "on Twitter on Twitter"), case-insensitive. */
    static int repeatedWords(String text) {
        List<String> w = new ArrayList<>();
        List<Boolean> spaceBefore = new ArrayList<>();
        int start = -1;
        int prevEnd = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                w.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                spaceBefore.add(prevEnd >= 0 && spacesOnly(text, prevEnd, start));
                prevEnd = i;
                start = -1;
            }
        }
        int n = 0;
        for (int i = 0; i + 1 < w.size(); i++) {
            boolean single = spaceBefore.get(i + 1) && w.get(i).equals(w.get(i + 1));
            boolean pair = i + 3 < w.size() && spaceBefore.get(i + 1) && spaceBefore.get(i + 2) && spaceBefore.get(i + 3)
                    && w.get(i).equals(w.get(i + 2)) && w.get(i + 1).equals(w.get(i + 3));
            if (single || pair) {
                n++;
            }
        }
        return n;
    }

    private static boolean spacesOnly(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return to > from;
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
