package org.dossier.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the {@link KeyToken}s the name and number keys are read from: words, numbers (with
 * thousands or decimal separators) and sentence or quote punctuation, in order, each marked when it starts a
 * sentence or a line. A word's token is the name in it ({@link KeyWords}: without a possessive ending or an elided
 * article), so a possessive "'s" joins no name after it (a plural's "Farmers' Union" stays one). A scan of the chars, without Lucene: keys need the punctuation
 * Lucene's tokenizer drops.
 */
final class KeyTokens {
    private static final String PUNCT = ".!?\"“”„«»";

    private KeyTokens() {}

    /** The tokens of {@code s}; with {@code allInitial} (a title) every token counts as sentence-initial. */
    static List<KeyToken> of(String s, boolean allInitial) {
        List<KeyToken> out = new ArrayList<>(s.length() / 6 + 8); // about one token per word: rarely grows
        boolean initial = true;
        int last = 0;
        int i = 0;
        int n = s.length();
        int newline = s.indexOf('\n');
        while (i < n) {
            char c = s.charAt(i);
            int end;
            int from = i;
            int to;
            if (Character.isLetter(c)) {
                end = wordEnd(s, i + 1);
                // the name in the word: an elided article before it and a possessive ending after it left out
                from = KeyWords.nameStart(s, i, end);
                to = KeyWords.nameEnd(s, from, end);
            } else if (c >= '0' && c <= '9') {
                end = numberEnd(s, i + 1);
                to = end;
            } else if (PUNCT.indexOf(c) >= 0) {
                end = i + 1;
                to = end;
            } else {
                i++;
                continue;
            }
            if (newline >= 0 && newline < i) {
                initial = true;
                newline = s.indexOf('\n', i);
            }
            boolean joined = last > 0 && from - last == 1 && s.charAt(last) == ' ';
            // a capital after an elided article ("d'Hélia", "L'Ubaye") is the name's, not the sentence's or title's
            out.add(new KeyToken(s, from, to, (initial || allInitial) && from == i, joined));
            if (c == '.' || c == '!' || c == '?') {
                initial = true;
            } else if (Character.isLetterOrDigit(c)) {
                initial = false;
            }
            // "Farmers' Union" stays one name; after "'s" ("Veld's Liberal Front") a new name starts
            last = end - to == 1 ? end : to;
            i = end;
        }
        return out;
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && c != '\'' && c != '’' && c != '-') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Digits, then groups of a separator followed by digits (thousands or decimals); a number of one to three
     * digits may go on with groups of a space (also no-break) and exactly three digits ("2 000", "12 500").
     */
    private static int numberEnd(String s, int i) {
        int start = i - 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        if (i - start <= 3 && allDigits(s, start, i)) {
            while (isGroupSpace(s, i) && threeDigits(s, i + 1)) {
                i += 4;
            }
        }
        return i;
    }

    /** Whether the char is a space that may separate digit groups: a space, a no-break or a narrow no-break space. */
    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    /** Whether a number token holds a digit-group space. */
    static boolean hasGroupSpace(String number) {
        for (int i = 0; i < number.length(); i++) {
            if (isGroupSpace(number.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGroupSpace(String s, int i) {
        return i < s.length() && isGroupSpace(s.charAt(i));
    }

    /** Exactly three ASCII digits at {@code i}, then no digit and no separator followed by a digit. */
    private static boolean threeDigits(String s, int i) {
        if (i + 3 > s.length() || !allDigits(s, i, i + 3)) {
            return false;
        }
        int after = i + 3;
        if (after < s.length() && s.charAt(after) >= '0' && s.charAt(after) <= '9') {
            return false;
        }
        return !(after + 1 < s.length() && (s.charAt(after) == ',' || s.charAt(after) == '.')
                && Character.isDigit(s.charAt(after + 1)));
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
