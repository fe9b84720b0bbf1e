package org.dossier.text;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The one table of month and weekday names (data file {@code calendar.txt}: every language, name and
 * abbreviation any date reader knows) and the words around the numbers of a written date ({@code date-words.txt}:
 * ordinal suffixes, joining words). Each reader takes the languages and kinds of names it reads; use it instead of
 * writing month or weekday names in code.
 */
public final class CalendarNames {
    /** What a name in the table is. */
    public enum Kind {
        /** The month's name as written, and its spellings without accents. */
        MONTH,
        /** A short form of a month's name ("jan", "sept", "okt"). */
        MONTH_ABBREVIATION,
        /** A spelling with letters replaced rather than accents dropped ("maerz"). */
        MONTH_TRANSLITERATION,
        /** A weekday's name. */
        WEEKDAY
    }

    private record Row(String language, Kind kind, int number, List<String> names) {}

    private static final List<Row> ROWS = load();
    private static final Map<String, List<String>> WORDS = RuleFiles.lists(CalendarNames.class, "date-words.txt");

    private CalendarNames() {}

    /** The languages of the table, in file order. */
    public static List<String> languages() {
        return ROWS.stream().map(Row::language).distinct().toList();
    }

    /** Month number by lower-case name, of the given kinds of names in the given languages. */
    public static Map<String, Integer> months(Collection<String> languages, Set<Kind> kinds) {
        Map<String, Integer> out = new HashMap<>();
        for (Row r : ROWS) {
            if (r.kind() != Kind.WEEKDAY && languages.contains(r.language()) && kinds.contains(r.kind())) {
                for (String name : r.names()) {
                    out.put(name, r.number());
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The weekdays by lower-case name in a language (none where the table has none), Monday first. */
    public static Map<String, DayOfWeek> weekdays(String language) {
        Map<String, DayOfWeek> out = new LinkedHashMap<>();
        for (Row r : ROWS) {
            if (r.kind() == Kind.WEEKDAY && r.language().equals(language)) {
                for (String name : r.names()) {
                    out.put(name, DayOfWeek.of(r.number()));
                }
            }
        }
        return out;
    }

    /**
     * The stems a month word of the language opens with — the first three letters of each name and every
     * abbreviation — longest first, with the month each gives.
     */
    public static Map<String, Integer> monthStems(String language) {
        Map<String, Integer> stems = new HashMap<>();
        for (Row r : ROWS) {
            if (r.language().equals(language) && (r.kind() == Kind.MONTH || r.kind() == Kind.MONTH_ABBREVIATION)) {
                for (String name : r.names()) {
                    stems.put(r.kind() == Kind.MONTH ? name.substring(0, Math.min(3, name.length())) : name,
                            r.number());
                }
            }
        }
        return longestFirst(stems);
    }

    /** The names and abbreviations of the months of the language, longest first, with their months. */
    public static Map<String, Integer> monthWords(String language) {
        return longestFirst(months(List.of(language), Set.of(Kind.MONTH, Kind.MONTH_ABBREVIATION)));
    }

    /** A regex alternation of the keys, in their order (a group that captures nothing). */
    public static String alternation(Collection<String> words) {
        return "(?:" + String.join("|", words) + ")";
    }

    /** Suffixes of an ordinal day ("3rd"). */
    public static List<String> ordinalSuffixes() {
        return WORDS.get("ordinal-suffix");
    }

    /** Letters glued to a day number before a month name that the text keys read past ("1er avril"). */
    public static List<String> daySuffixes() {
        return WORDS.getOrDefault("day-suffix", List.of());
    }

    /** Words that may join the day, month and year of a day-first date ("3 de marzo de 2025"). */
    public static List<String> joiners() {
        return WORDS.get("month-joiner");
    }

    private static Map<String, Integer> longestFirst(Map<String, Integer> words) {
        Map<String, Integer> out = new LinkedHashMap<>();
        words.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : RuleFiles.table(CalendarNames.class, "calendar.txt")) {
            Kind kind = Kind.valueOf(cells.get(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            List<String> names = cells.subList(3, cells.size()).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            rows.add(new Row(cells.get(0), kind, Integer.parseInt(cells.get(2)), names));
        }
        return List.copyOf(rows);
    }
}
