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

    private Folding() {}

    /** Lowercase without accents: the form keys are compared in. */
    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
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
