package org.dossier.text;

import java.util.Locale;
import java.util.Map;

/**
 * How a {@link TextDates} reader recognises the month word of a date: the regex of a candidate word (one
 * capturing group) and the month the word names. Three ways, one per kind of reader: the text layer's folded
 * names ({@link #folded}), a table compared in lower case ({@link #lowerCase}), and month stems in lower-case text
 * ({@link #stems}).
 */
public final class MonthWords {
    /** The month of the word {@code s[start, end)}, or 0 when it names none. */
    private interface Lookup {
        int month(String s, int start, int end);
    }

    private final String pattern;
    private final Lookup lookup;

    private MonthWords(String pattern, Lookup lookup) {
        this.pattern = pattern;
        this.lookup = lookup;
    }

    /**
     * Any word of three letters or more whose folded form is one of the month names the text layer keys on
     * (English, German, French, Spanish, Italian; English abbreviations).
     */
    public static MonthWords folded() {
        return new MonthWords("(\\p{L}{3,})", MonthNames::month);
    }

    /** A word of three to {@code maxLetters} letters that is, in lower case, one of {@code names}. */
    public static MonthWords lowerCase(Map<String, Integer> names, int maxLetters) {
        Map<String, Integer> table = Map.copyOf(names);
        return new MonthWords("(\\p{L}{3," + maxLetters + "})",
                (s, start, end) -> table.getOrDefault(s.substring(start, end).toLowerCase(Locale.ROOT), 0));
    }

    /**
     * A word of lower-case letters opening with a month stem of the language ({@link CalendarNames#monthStems}):
     * "jan", "january", "sept." — for text already in lower case.
     */
    public static MonthWords stems(String language) {
        Map<String, Integer> stems = CalendarNames.monthStems(language);
        Map<String, Integer> byPrefix = new java.util.HashMap<>();
        stems.forEach((stem, month) -> byPrefix.put(stem.substring(0, Math.min(3, stem.length())), month));
        return new MonthWords("(" + CalendarNames.alternation(stems.keySet()) + "[a-z]*)",
                (s, start, end) -> end - start < 3 ? 0 : byPrefix.getOrDefault(s.substring(start, start + 3), 0));
    }

    /** The regex of a candidate month word, one capturing group. */
    String pattern() {
        return pattern;
    }

    /** The month of the word {@code s[start, end)} that {@link #pattern} matched, or 0. */
    int month(String s, int start, int end) {
        return lookup.month(s, start, end);
    }
}
