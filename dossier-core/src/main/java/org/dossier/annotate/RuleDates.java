package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;
import org.dossier.rules.RuleFiles;
import org.dossier.text.CalendarNames;

/**
 * Time expressions of a language without SUTime rules, read from its rule data ({@code annotate/<lang>/dates.txt}:
 * written dates, days named relative to today, weekdays, "two weeks ago", "next week") with the month and weekday
 * names of the text layer's calendar, and resolved against the article's anchor as the English path resolves SUTime's:
 * the same {@link TimeMention} values (first day denoted; precision day, week, month or year). A language without a
 * rule file gets no times. Use {@link #of} (compiled once per language); instances are immutable and thread-safe.
 */
public final class RuleDates {
    private static final Map<String, RuleDates> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}])";

    /** One pattern of the rule file: its kind (date, year, day, weekday, ago, after, shift), regex and argument. */
    private record Rule(String kind, Pattern pattern, String argument) {}

    private record Found(int start, int end, LocalDate date, String precision) {}

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, ChronoUnit> units = new HashMap<>();
    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final Set<String> futureCues = new HashSet<>();
    /** Endings of future verb forms ("-rá": "votará"), cues in a word the text writes in lower case. */
    private final List<String> futureEndings = new ArrayList<>();
    /** Parts of a day that may follow a named day or weekday, one expression with it ("lundi soir", "hier matin"). */
    private final List<String> dayParts = new ArrayList<>();
    /**
     * What a verb of calling, planning or threatening asks for or plans, up to a weekday ({@code future-frame}: "a
     * appelé à faire grève jeudi"): a weekday such a frame ends on is the coming one.
     */
    private final List<Pattern> futureFrames = new ArrayList<>();
    /**
     * Auxiliaries of past tenses ({@code past-cue}: "hatten", "avait"): one in the weekday's own comma stretch keeps
     * it behind whatever future the rest of the sentence speaks of ("Die Gespräche, die am Montag begonnen hatten,
     * sollen …").
     */
    private final Set<String> pastCues = new HashSet<>();

    private RuleDates(String language) {
        months = CalendarNames.monthWords(language);
        weekdays = CalendarNames.weekdays(language);
        List<List<String>> rows = RuleFiles.table(RuleDates.class, language, "dates.txt");
        for (List<String> row : rows) {
            switch (row.get(0)) {
                case "number" -> {
                    for (String w : row.get(1).split("\\|")) {
                        numbers.put(w.toLowerCase(Locale.ROOT), Integer.parseInt(row.get(2)));
                    }
                }
                case "unit" -> {
                    for (String w : row.get(1).split("\\|")) {
                        units.put(w.toLowerCase(Locale.ROOT), ChronoUnit.valueOf(row.get(2).toUpperCase(Locale.ROOT) + "S"));
                    }
                }
                case "future-cue" -> {
                    for (String w : row.get(1).toLowerCase(Locale.ROOT).split("\\|")) {
                        if (w.startsWith("-") && w.length() > 1) {
                            futureEndings.add(w.substring(1));
                        } else {
                            futureCues.add(w);
                        }
                    }
                }
                case "day-part" -> dayParts.addAll(List.of(row.get(1).toLowerCase(Locale.ROOT).split("\\|")));
                case "past-cue" -> {
                    for (String w : row.get(1).toLowerCase(Locale.ROOT).split("\\|")) {
                        pastCues.add(w);
                    }
                }
                default -> { }
            }
        }
        for (List<String> row : rows) {
            String kind = row.get(0);
            if (Set.of("date", "year", "day", "weekday", "ago", "after", "shift").contains(kind)) {
                Pattern p = compile(withDayPart(kind, row.get(1)));
                if (p != null) {
                    rules.add(new Rule(kind, p, row.size() > 2 ? row.get(2) : ""));
                }
            } else if (kind.equals("future-frame")) {
                Pattern p = compile(row.get(1));
                if (p != null) {
                    futureFrames.add(p);
                }
            } else if (!Set.of("number", "unit", "future-cue", "day-part", "past-cue").contains(kind)) {
                throw new IllegalStateException("annotate/" + language + "/dates.txt: unknown kind " + kind);
            }
        }
    }

    /** The rules of a language (an ISO 639-1 code), compiled on first use. */
    public static RuleDates of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "und" : language.toLowerCase(Locale.ROOT), RuleDates::new);
    }

    /** Whether the language has any date rules. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The time expressions of {@code text}, in text order, none overlapping (the longest wins). Relative ones need an
     * {@code anchor}; without one, a day and month without a year take the year nearest {@code today}.
     */
    public List<TimeMention> find(String text, List<SentenceSpan> sentences, LocalDate anchor, LocalDate today) {
        List<Found> found = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                LocalDate[] date = new LocalDate[1];
                String precision = resolve(r, m, text, sentences, anchor, today, date);
                if (precision != null) {
                    found.add(new Found(m.start(), m.end(), date[0], precision));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<TimeMention> out = new ArrayList<>();
        int end = -1;
        for (Found f : found) {
            if (f.start() >= end) {
                out.add(new TimeMention(text.substring(f.start(), f.end()), f.start(), f.end(), f.date(), f.precision(),
                        sentenceAt(sentences, f.start())));
                end = f.end();
            }
        }
        return out;
    }

    /** The precision of a match resolved into {@code out[0]}, or null when it names no day this can place. */
    private String resolve(Rule r, Matcher m, String text, List<SentenceSpan> sentences, LocalDate anchor,
                           LocalDate today, LocalDate[] out) {
        switch (r.kind()) {
            case "date" -> {
                return date(m, anchor != null ? anchor : today, out);
            }
            case "year" -> {
                out[0] = LocalDate.of(Integer.parseInt(m.group("year")), 1, 1);
                return "year";
            }
            default -> { }
        }
        if (anchor == null) {
            return null;
        }
        switch (r.kind()) {
            case "day" -> {
                out[0] = anchor.plusDays(Integer.parseInt(r.argument()));
                return "day";
            }
            case "weekday" -> {
                DayOfWeek day = weekdays.get(m.group("weekday").toLowerCase(Locale.ROOT));
                boolean future = r.argument().equals("future")
                        || r.argument().equals("tense") && (framedAhead(text, sentences, m.start("weekday"),
                        m.end("weekday")) || !pastInOwnStretch(text, sentences, m.start(), m.end())
                        && hasFutureCue(text, sentences, m.start(), m.end()));
                out[0] = anchor.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
                return "day";
            }
            case "ago", "after" -> {
                Integer n = number(m.group("n"));
                ChronoUnit unit = units.get(m.group("unit").toLowerCase(Locale.ROOT));
                if (n == null || unit == null) {
                    return null;
                }
                return ShiftedPeriods.of(anchor, unit, r.kind().equals("ago") ? -n : n, out);
            }
            case "shift" -> {
                ChronoUnit unit = units.get(m.group("unit").toLowerCase(Locale.ROOT));
                return unit == null ? null : ShiftedPeriods.of(anchor, unit, Integer.parseInt(r.argument()), out);
            }
            default -> {
                return null;
            }
        }
    }

    /** A written date: day, month and year; day and month (the year nearest {@code ref}); or month and year. */
    private String date(Matcher m, LocalDate ref, LocalDate[] out) {
        Integer month = months.get(m.group("month").toLowerCase(Locale.ROOT).replace(".", ""));
        if (month == null) {
            return null;
        }
        String day = group(m, "day");
        String year = group(m, "year");
        if (day == null) {
            if (year == null) {
                return null;
            }
            out[0] = LocalDate.of(Integer.parseInt(year), month, 1);
            return "month";
        }
        int d = Integer.parseInt(day);
        if (year != null) {
            int y = Integer.parseInt(year);
            if (d < 1 || d > YearMonth.of(y, month).lengthOfMonth()) {
                return null;
            }
            out[0] = LocalDate.of(y, month, d);
            return "day";
        }
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (d >= 1 && d <= YearMonth.of(y, month).lengthOfMonth()) {
                LocalDate c = LocalDate.of(y, month, d);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(ref, c)) < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
                    best = c;
                }
            }
        }
        out[0] = best;
        return best == null ? null : "day";
    }

    private Integer number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return numbers.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the sentence holding the weekday at [{@code at}, {@code end}) has a word announcing something to come:
     * a cue word anywhere in it, or, with fewer than {@value #ENDING_WORDS} words between it and the weekday, a word written in lower case
     * with a future ending and a letter before it at least ("harán huelga el jueves"; never the name "Irán", nor the
     * future of what a past statement reports: "dijo el lunes que la ciudad no aceptará").
     */
    private boolean hasFutureCue(String text, List<SentenceSpan> sentences, int at, int end) {
        int s = sentenceAt(sentences, at);
        int from = s < 0 ? 0 : sentences.get(s).start();
        int to = s < 0 ? text.length() : sentences.get(s).end();
        Matcher word = LETTERS.matcher(text).region(from, to);
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
            if (futureCues.contains(word.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
            words.add(new int[] {word.start(), word.end()});
        }
        if (futureEndings.isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            int[] p = words.get(i);
            int gap = p[1] <= at ? (int) words.stream().filter(q -> q[0] >= p[1] && q[1] <= at).count()
                    : p[0] >= end ? (int) words.stream().filter(q -> q[0] >= end && q[1] <= p[0]).count() : -1;
            String w = text.substring(p[0], p[1]);
            if (gap >= 0 && gap < ENDING_WORDS && w.equals(w.toLowerCase(Locale.ROOT))
                    && futureEndings.stream().anyMatch(e -> w.length() > e.length() && w.endsWith(e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the weekday at [{@code at}, {@code end}) is what a verb of calling, planning or threatening before it
     * in its sentence asks for or plans: a {@code future-frame} of the language matches there, ending with it (or,
     * for a verb-final frame, holding it: "zum Streik am Donnerstag aufgerufen").
     */
    private boolean framedAhead(String text, List<SentenceSpan> sentences, int at, int end) {
        int s = sentenceAt(sentences, at);
        int from = s < 0 ? 0 : sentences.get(s).start();
        int to = s < 0 ? text.length() : sentences.get(s).end();
        for (Pattern p : futureFrames) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                if (m.start("weekday") == at && m.end("weekday") == end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the comma stretch of its sentence holding [{@code at}, {@code end}) has a past auxiliary. */
    private boolean pastInOwnStretch(String text, List<SentenceSpan> sentences, int at, int end) {
        if (pastCues.isEmpty()) {
            return false;
        }
        int s = sentenceAt(sentences, at);
        int from = s < 0 ? 0 : sentences.get(s).start();
        int to = s < 0 ? text.length() : sentences.get(s).end();
        int comma = text.lastIndexOf(',', at);
        from = Math.max(from, comma + 1);
        int next = text.indexOf(',', end);
        to = next >= 0 && next < to ? next : to;
        Matcher word = LETTERS.matcher(text).region(from, to);
        while (word.find()) {
            if (pastCues.contains(word.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word with fewer than this many words between it and a weekday makes it future by its ending. */
    private static final int ENDING_WORDS = 3;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private static int sentenceAt(List<SentenceSpan> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset >= sentences.get(i).start() && offset < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.isEmpty() ? -1 : sentences.size() - 1;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A day or weekday template with the language's parts of a day allowed after it ("lundi soir"). */
    private String withDayPart(String kind, String template) {
        if (dayParts.isEmpty() || !kind.equals("day") && !kind.equals("weekday")) {
            return template;
        }
        return "(?:" + template + ")(?: (?:" + String.join("|", escaped(dayParts)) + "))?";
    }

    /**
     * A rule's template as a regex: {day} {month} {year} {weekday} {n} {unit} become named groups; null when it names
     * months or weekdays the calendar does not have for the language, or units the file does not list.
     */
    private Pattern compile(String template) {
        if (template.contains("{month}") && months.isEmpty() || template.contains("{weekday}") && weekdays.isEmpty()
                || template.contains("{unit}") && units.isEmpty()) {
            return null;
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("{day}", "(?<day>\\d{1,2})");
        slots.put("{month}", "(?<month>" + CalendarNames.alternation(escaped(months.keySet())) + "\\.?)");
        slots.put("{year}", "(?<year>(?:19|20)\\d\\d)");
        slots.put("{weekday}", "(?<weekday>" + CalendarNames.alternation(escaped(weekdays.keySet())) + ")");
        List<String> numberWords = new ArrayList<>(numbers.keySet());
        numberWords.sort(Comparator.comparingInt(String::length).reversed());
        slots.put("{n}", "(?<n>\\d{1,3}" + (numberWords.isEmpty() ? "" : "|" + String.join("|", escaped(numberWords))) + ")");
        List<String> unitWords = new ArrayList<>(units.keySet());
        unitWords.sort(Comparator.comparingInt(String::length).reversed());
        slots.put("{unit}", "(?<unit>" + CalendarNames.alternation(escaped(unitWords)) + ")");
        String regex = template;
        for (Map.Entry<String, String> e : slots.entrySet()) {
            regex = regex.replace(e.getKey(), e.getValue());
        }
        regex = regex.replace(" ", "\\s+");
        return Pattern.compile(EDGE_BEFORE + "(?:" + regex + ")" + EDGE_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> escaped(java.util.Collection<String> words) {
        return words.stream().map(Pattern::quote).toList();
    }
}
