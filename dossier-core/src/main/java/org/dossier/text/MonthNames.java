package org.dossier.text;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The month names the text layer keys on, compared folded: the names (and transliterations) of the months in
 * English, German, French, Spanish and Italian and the English abbreviations, from {@link CalendarNames}. Fast
 * lookup of a word in place, for the keys of every article.
 */
final class MonthNames {
    /** The languages whose month names the keys read. */
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it");
    private static final Map<String, Integer> MONTHS = load();
    /** Length of the longest month name: longer words need no lookup. */
    static final int LONGEST = MONTHS.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** The (ASCII first letter, length) pairs of the names: other ASCII-initial words need no lookup. */
    private static final BitSet STARTS = starts();
    /** Letters a {@link #code} holds without overflow. */
    private static final int CODED = 13;
    /** The names of at most {@link #CODED} letters a-z as {@link #code}s, sorted, and their months. */
    private static final long[] CODES;
    private static final int[] CODE_MONTHS;

    static {
        long[][] pairs = MONTHS.entrySet().stream().filter(e -> e.getKey().length() <= CODED && code(e.getKey(), 0, e.getKey().length()) > 0)
                .map(e -> new long[] {code(e.getKey(), 0, e.getKey().length()), e.getValue()})
                .sorted((a, b) -> Long.compare(a[0], b[0])).toArray(long[][]::new);
        CODES = new long[pairs.length];
        CODE_MONTHS = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            CODES[i] = pairs[i][0];
            CODE_MONTHS[i] = (int) pairs[i][1];
        }
    }

    /** Whether every folded name is ASCII, so that a word whose folded form starts otherwise is none. */
    private static final boolean ASCII_NAMES = MONTHS.keySet().stream().allMatch(n -> n.chars().allMatch(c -> c < 128));

    private MonthNames() {}

    /**
     * The chars from U+0250 on (past the Latin blocks) whose folded form starts with a non-ASCII char, so that a word
     * they start cannot fold to an ASCII name; made on first use (a text in another script), once per process.
     * Surrogates count as such: no char beyond the BMP decomposes into ASCII.
     */
    private static final class NonLatinStarts {
        static final char FROM = 0x250;
        private static final java.util.BitSet NON_ASCII = table();

        static boolean foldsToNonAscii(char c) {
            return NON_ASCII.get(c - FROM);
        }

        private static java.util.BitSet table() {
            java.util.BitSet t = new java.util.BitSet(Character.MAX_VALUE + 1 - FROM);
            for (int c = FROM; c <= Character.MAX_VALUE; c++) {
                if (Character.isSurrogate((char) c)) {
                    t.set(c - FROM);
                    continue;
                }
                String f = Folding.fold(String.valueOf((char) c));
                if (!f.isEmpty() && f.charAt(0) >= 128) {
                    t.set(c - FROM);
                }
            }
            return t;
        }
    }

    /** The month number for a lowercase, accent-free word, or 0 when it is not a month name. */
    static int month(String folded) {
        return MONTHS.getOrDefault(folded, 0);
    }

    /**
     * The month number of the word {@code s[start, end)} once {@link Folding#fold folded}. A word of ASCII
     * letters (folding only lower-cases it) is looked up by its {@link #code} without making a string.
     */
    static int month(String s, int start, int end) {
        if (end - start > LONGEST) {
            return 0;
        }
        char first = s.charAt(start);
        if (first < 128 && !STARTS.get(Character.toLowerCase(first) * (LONGEST + 1) + end - start)) {
            return 0;
        }
        if (first >= NonLatinStarts.FROM && ASCII_NAMES && NonLatinStarts.foldsToNonAscii(first)) {
            return 0; // its folded form starts with a char no month name has (a Cyrillic, Greek, CJK word)
        }
        long code = end - start <= CODED ? code(s, start, end) : -1;
        if (code < 0) {
            return month(Folding.fold(s.substring(start, end)));
        }
        int i = Arrays.binarySearch(CODES, code);
        return i >= 0 ? CODE_MONTHS[i] : 0;
    }

    /**
     * The word's letters a-z (either case) as a number in base 27, or -1 when it holds another char; unique for
     * words of up to {@link #CODED} letters.
     */
    private static long code(String s, int start, int end) {
        long code = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int letter = c >= 'a' && c <= 'z' ? c - 'a' + 1 : c >= 'A' && c <= 'Z' ? c - 'A' + 1 : -1;
            if (letter < 0) {
                return -1;
            }
            code = code * 27 + letter;
        }
        return code;
    }

    private static BitSet starts() {
        BitSet starts = new BitSet();
        for (String name : MONTHS.keySet()) {
            if (!name.isEmpty() && name.charAt(0) < 128) {
                starts.set(name.charAt(0) * (LONGEST + 1) + name.length());
            }
        }
        return starts;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> map = new HashMap<>();
        Map<String, Integer> names = new HashMap<>(CalendarNames.months(LANGUAGES,
                Set.of(CalendarNames.Kind.MONTH, CalendarNames.Kind.MONTH_TRANSLITERATION)));
        names.putAll(CalendarNames.months(List.of("en"), Set.of(CalendarNames.Kind.MONTH_ABBREVIATION)));
        names.forEach((name, month) -> map.put(Folding.fold(name), month));
        return Map.copyOf(map);
    }
}
