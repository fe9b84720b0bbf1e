package org.dossier.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names, month names and other keys of a text are compared: lower case without accents (and
 * with the typographic apostrophe as a straight one). Use it wherever two spellings of one word must meet.
 */
public final class Folding {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    /** Latin-1 Supplement, Latin Extended-A and -B end here: the chars {@link #latin} folds from its table. */
    private static final int LATIN_END = 0x250;
    private static final String[] LATIN = latinTable();

    private Folding() {}

    /** Lowercase without accents: the form keys are compared in. */
    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String latin = latin(s);
        return latin != null ? latin : normalized(s);
    }

    /**
     * The folded form of a string of ASCII, Latin (below {@link #LATIN_END}) and ’ chars, char by char from
     * {@link #LATIN}; null for any other string. The same as {@link #normalized}: these chars decompose into
     * letters and combining marks only, which go, and none of them lowercases by its context.
     */
    private static String latin(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (c < LATIN_END) {
                out.append(LATIN[c - 128]);
            } else if (c == '’') {
                out.append('\'');
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /** Each char from U+0080 up to {@link #LATIN_END} folded alone by {@link #normalized}. */
    private static String[] latinTable() {
        String[] table = new String[LATIN_END - 128];
        for (char c = 128; c < LATIN_END; c++) {
            table[c - 128] = normalized(String.valueOf(c));
        }
        return table;
    }

    /** Lowercase without accents by canonical decomposition: the definition {@link #fold} keeps. */
    static String normalized(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return DIACRITICS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
