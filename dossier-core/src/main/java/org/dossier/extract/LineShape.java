package org.dossier.extract;

import java.util.regex.Pattern;

/** General shape features of one line of scraped text: words, terminal punctuation, hashtags, truncation. */
final class LineShape {
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?。！？][\"'\u201d\u2019\u00bb)\\]]*\\s*$");
    private static final Pattern TRUNCATED = Pattern.compile(".*(\\.\\.\\.|\u2026|[-\u2013\u2014]\\s*)$");
    private static final Pattern HASHTAGS = Pattern.compile("^(#\\S+\\s*)+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private LineShape() {
    }

    /** Word count; in scripts written without spaces (Han, kana, Hangul) two characters count as a word. */
    static int words(String s) {
        int n = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        int ideographic = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
                ideographic++;
            }
        }
        return n + ideographic / 2;
    }

    static boolean terminal(String s) {
        return TERMINAL.matcher(s).matches() && !truncated(s);
    }

    /** Ends in an ellipsis or dash: a teaser cut off mid-sentence. */
    static boolean truncated(String s) {
        return TRUNCATED.matcher(s).matches();
    }

    static boolean hashtags(String s) {
        return HASHTAGS.matcher(s.strip()).matches();
    }

    /** A full sentence-bearing line: long enough, ends a sentence. */
    static boolean prose(String s) {
        return words(s) >= 8 && terminal(s);
    }

    /** A date-only line (a page header date, a timestamp). */
    static boolean dateOnly(String s) {
        return DateParsing.first(s) != null && words(s.replaceAll("\\d", "")) <= 4;
    }
}
