package org.dossier.extract.lines;

import java.util.regex.Pattern;
import org.dossier.extract.dates.DateParsing;

/** General shape features of one line of scraped text: words, terminal punctuation, hashtags, truncation. */
public final class LineShape {
    private static final String SENTENCE_ENDS = ".!?\u3002\uff01\uff1f";
    private static final String CLOSERS = "\"'\u201d\u2019\u00bb)]";
    private static final Pattern HASHTAGS = Pattern.compile("^(#\\S+\\s*)+$");
    private static final Pattern MENU_SEPARATORS = Pattern.compile("\\s+[|\u00b7\u2022]\\s+");
    private static final int MIN_MENU_ITEMS = 3;
    private static final int MAX_MENU_ITEM_WORDS = 3;

    private LineShape() {
    }

    /** Word count; in scripts written without spaces (Han, kana, Hangul) two characters count as a word. */
    public static int words(String s) {
        return words(s, Integer.MAX_VALUE);
    }

    /**
     * The word count, or some count above {@code limit} once it is clear there are more than {@code limit}
     * words: enough to compare with a threshold up to {@code limit} without reading a long text to its end.
     */
    public static int words(String s, int limit) {
        int n = 0;
        int ideographic = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() && n - 1 <= limit; i++) {
            char c = s.charAt(i);
            boolean wordChar = c < 0x80 ? asciiWordChar(c) : Character.isLetterOrDigit(c) || isMark(c);
            if (wordChar && !inWord) {
                n++;
            }
            inWord = wordChar;
            if (c >= 0x2E80 && isIdeographic(c)) {
                ideographic++;
            }
        }
        return n + ideographic / 2;
    }

    private static boolean asciiWordChar(char c) {
        return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isIdeographic(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }

    public static boolean terminal(String s) {
        int i = lastNonSpace(s);
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0 && !truncated(s);
    }

    private static int lastNonSpace(String s) {
        int i = s.length() - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Ends in an ellipsis or dash: a teaser cut off mid-sentence. */
    public static boolean truncated(String s) {
        int i = lastNonSpace(s);
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '\u2026' || c == '-' || c == '\u2013' || c == '\u2014' || s.startsWith("...", i - 2) && i >= 2;
    }

    /**
     * A row of three or more short items between bars or dots, no sentence ("Login | Register | E-paper",
     * "Home · World · Sport"): a site's menu or link row, never body text.
     */
    public static boolean menuRow(String s) {
        String[] items = MENU_SEPARATORS.split(s.strip());
        if (items.length < MIN_MENU_ITEMS || terminal(s)) {
            return false;
        }
        for (String item : items) {
            int w = words(item, MAX_MENU_ITEM_WORDS);
            if (w == 0 || w > MAX_MENU_ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }

    public static boolean hashtags(String s) {
        return HASHTAGS.matcher(s.strip()).matches();
    }

    /** A full sentence-bearing line: long enough, ends a sentence. */
    public static boolean prose(String s) {
        return words(s) >= 8 && terminal(s);
    }

    /** A date-only line (a page header date, a timestamp). */
    public static boolean dateOnly(String s) {
        return DateParsing.first(s) != null && words(s.replaceAll("\\d", "")) <= 4;
    }
}
