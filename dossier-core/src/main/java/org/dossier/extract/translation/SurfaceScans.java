package org.dossier.extract.translation;

/**
 * The surface scans behind {@link TranslationScorer}'s features, each one pass over the text's chars:
 * sentence boundaries and fragments, repeated words, quote balance per paragraph, spaced quote marks.
 */
final class SurfaceScans {
    private SurfaceScans() {
    }

    /**
     * One scan for sentence boundaries: counts of sentence ends, lowercase sentence starts (not after an
     * abbreviation), one- or two-word fragments closed by a full stop ("… said. Said."), and quotes glued to
     * a word (“word”next, word“next; a “ closing a low „ is a closing mark, „Wort“ is not glued).
     */
    static int[] boundaries(char[] t) {
        int ends = 0;
        int lower = 0;
        int fragments = 0;
        int glued = 0;
        int n = t.length;
        boolean lowOpen = false; // a German or Czech low quote („) is open: its “ closes it
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (c < '\u201c' && c != '.' && c != '!' && c != '?') {
                continue; // neither a quote mark nor a sentence end
            }
            if (c == '\u201e') {
                lowOpen = true;
                continue;
            }
            boolean closing = c == '\u201d' || c == '\u201c' && lowOpen;
            if (closing && i + 1 < n && Character.isLetter(t[i + 1])
                    || c == '\u201c' && !lowOpen && i > 0 && Character.isLetter(t[i - 1])) {
                glued++;
            }
            if (c == '\u201c' || c == '\u201d') {
                lowOpen = false;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            if (j < n && "\"\u201d\u2019".indexOf(t[j]) >= 0) {
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(t[k])) {
                k++;
            }
            if (k == j || k >= n) {
                continue;
            }
            ends++;
            char next = t[k];
            if (Character.isLowerCase(next) && i >= 2 && t[i - 2] != '.'
                    && !Character.isUpperCase(t[i - 1])) {
                lower++;
            }
            if (isFragment(t, k)) {
                fragments++;
            }
        }
        return new int[] {ends, lower, fragments, glued};
    }

    /** One or two words (the first may be capitalised, the rest lowercase) closed by a full stop. */
    private static boolean isFragment(char[] t, int k) {
        int n = t.length;
        int i = k;
        if (i < n && Character.isUpperCase(t[i])) {
            i++;
        }
        for (int word = 0; word < 2; word++) {
            int start = i;
            while (i < n && Character.isLowerCase(t[i])) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (i < n && t[i] == '.') {
                return i + 1 >= n || Character.isWhitespace(t[i + 1]);
            }
            if (word == 0 && i + 1 < n && t[i] == ' ' && Character.isLowerCase(t[i + 1])) {
                i++;
            } else {
                return false;
            }
        }
        return false;
    }

    /**
     * Immediately repeated words or word pairs ("the the", "on Twitter on Twitter"), case-insensitive, in one
     * pass that keeps the last four words.
     */
    static int repeatedWords(char[] text) {
        int[] start = new int[4];
        int[] end = new int[4];
        boolean[] spaced = new boolean[4];
        int words = 0;
        int n = 0;
        int from = -1;
        for (int i = 0; i <= text.length; i++) {
            boolean letter = i < text.length && letter(text[i]);
            if (letter && from < 0) {
                from = i;
            } else if (!letter && from >= 0) {
                int k = words & 3;
                start[k] = from;
                end[k] = i;
                spaced[k] = words > 0 && spacesOnly(text, end[(words - 1) & 3], from);
                words++;
                from = -1;
                if (words >= 4 && repeatsAt(text, words - 4, words, start, end, spaced)) {
                    n++;
                }
            }
        }
        for (int i = Math.max(0, words - 3); i + 1 < words; i++) {
            n += repeatsAt(text, i, words, start, end, spaced) ? 1 : 0;
        }
        return n;
    }

    /** Whether word {@code i} is repeated by the next one, or words i, i+1 by the two after (ring of four). */
    private static boolean repeatsAt(char[] t, int i, int words, int[] start, int[] end, boolean[] spaced) {
        int a = i & 3;
        int b = (i + 1) & 3;
        if (!spaced[b]) {
            return false;
        }
        if (same(t, start, end, a, b)) {
            return true;
        }
        int c = (i + 2) & 3;
        int d = (i + 3) & 3;
        return i + 3 < words && spaced[c] && spaced[d] && same(t, start, end, a, c) && same(t, start, end, b, d);
    }

    private static boolean same(char[] t, int[] start, int[] end, int a, int b) {
        int len = end[a] - start[a];
        return len == end[b] - start[b] && equalIgnoreCase(t, start[a], start[b], len);
    }

    /** Case-insensitive equality of two ranges, as {@link String#regionMatches(boolean, int, String, int, int)}. */
    private static boolean equalIgnoreCase(char[] t, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            char x = t[a + k];
            char y = t[b + k];
            if (x != y) {
                char ux = Character.toUpperCase(x);
                char uy = Character.toUpperCase(y);
                if (ux != uy && Character.toLowerCase(ux) != Character.toLowerCase(uy)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@link Character#isLetter(char)}, with a fast path for ASCII. */
    private static boolean letter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean spacesOnly(char[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t[i];
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Share of paragraphs (separated by blank lines) whose curly or straight quote marks do not pair up: “ with ”,
     * or a low „ with the “ or ” that closes it as German and Czech print it.
     */
    static double unbalancedParagraphs(char[] text) {
        int paragraphs = 0;
        int bad = 0;
        int pendingEmpty = 0;
        int open = 0;
        int close = 0;
        int low = 0;
        int straight = 0;
        int len = 0;
        int n = text.length;
        for (int i = 0; i <= n; i++) {
            boolean boundary = i == n || text[i] == '\n' && i + 1 < n && text[i + 1] == '\n';
            if (boundary) {
                if (len == 0) {
                    pendingEmpty++; // empty paragraphs count only when a later one is not empty, as in split
                } else {
                    paragraphs += pendingEmpty + 1;
                    pendingEmpty = 0;
                    // English pairs “ ”; German and Czech open with „ and close with “ (or ”)
                    boolean paired = low == 0 ? open == close : low == open + close;
                    bad += !paired || straight % 2 != 0 ? 1 : 0;
                }
                open = 0;
                close = 0;
                low = 0;
                straight = 0;
                len = 0;
                i++;
                continue;
            }
            char c = text[i];
            len++;
            open += c == '\u201c' ? 1 : 0;
            close += c == '\u201d' ? 1 : 0;
            low += c == '\u201e' ? 1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return paragraphs == 0 ? 0 : bad / (double) paragraphs;
    }

    /**
     * Spaced quote marks: a closing quote set off before a comma or stop (" word " ,") or a single word
     * between spaced quote marks; counted as non-overlapping occurrences, left to right.
     */
    static int spacedQuotes(char[] t) {
        int n = 0;
        int i = 0;
        while (i < t.length) {
            char c = t[i];
            if (c > ' ' && !quote(c)) {
                i++;
                continue; // neither whitespace nor a quote mark: no match starts here
            }
            int end = spacedClose(t, i);
            if (end < 0) {
                end = spacedWord(t, i);
            }
            if (end > 0) {
                n++;
                i = end;
            } else {
                i++;
            }
        }
        return n;
    }

    /** End of a whitespace, closing quote, optional whitespace and comma or stop at {@code i}, or -1. */
    private static int spacedClose(char[] t, int i) {
        if (i + 2 >= t.length || !space(t[i]) || t[i + 1] != '\u201d' && t[i + 1] != '"') {
            return -1;
        }
        int k = i + 2;
        while (k < t.length && space(t[k])) {
            k++;
        }
        return k < t.length && (t[k] == ',' || t[k] == '.') ? k + 1 : -1;
    }

    /** End of a quote mark, spaces, one word, spaces and a quote mark at {@code i}, or -1. */
    private static int spacedWord(char[] t, int i) {
        if (!quote(t[i])) {
            return -1;
        }
        int k = i + 1;
        int s = k;
        while (k < t.length && space(t[k])) {
            k++;
        }
        int w = k;
        while (k < t.length && Character.isLetter(t[k])) {
            k++;
        }
        int e = k;
        while (k < t.length && space(t[k])) {
            k++;
        }
        return w > s && e > w && k > e && k < t.length && quote(t[k]) ? k + 1 : -1;
    }

    private static boolean quote(char c) {
        return c == '\u201c' || c == '\u201d' || c == '"';
    }

    /** Whitespace as a regular expression's \s reads it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
