package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * The English time expressions that have a TIMEX3 value but no place on a timeline, read from the text with the
 * rule data of {@code annotate/en/}: durations ("three days" P3D, "the past two years" P2Y, "nine hours" PT9H),
 * sets ("every Monday" XXXX-WXX-1, "daily" P1D, "every March" XXXX-03), decades ("the 1990s", "the '90s" 199) and the years of a range that SUTime
 * reads as one span ("from 2015 to 2021"). Pure; for {@link TimexValues#all}.
 */
final class TimeSpans {
    private static final List<List<String>> UNIT_ROWS = RuleFiles.table("time-units.txt");
    private static final Map<String, String> SETS = Lexicon.columns("time-sets.txt");
    private static final Map<String, String> NUMBER_WORDS = Lexicon.columns("number-words.txt");
    private static final Set<String> FRAMES = Set.copyOf(Lexicon.lines("duration-frames.txt"));
    private static final Set<String> NOT_AFTER = Set.copyOf(Lexicon.lines("duration-not-after.txt"));
    private static final Set<String> LATER_WORDS = Lexicon.columns("later-words.txt").keySet();
    private static final Map<String, java.time.DayOfWeek> WEEKDAYS = CalendarNames.weekdays("en");

    private static final String UNIT_WORDS = alternation(UNIT_ROWS.stream().map(r -> r.get(0)).toList());
    /** A unit in the plural or not ("century", "centuries"). */
    private static final String UNIT = "(" + UNIT_WORDS + "s?|" + alternation(UNIT_ROWS.stream().map(r -> r.get(0))
            .filter(w -> w.endsWith("y")).map(w -> w.substring(0, w.length() - 1) + "ies").toList()) + ")";
    /** Counts that name no number ("a few weeks" PXW, "several days" PXD). */
    private static final Set<String> VAGUE_COUNTS = Set.copyOf(Lexicon.lines("vague-counts.txt"));
    private static final String COUNT = "(\\d{1,3}(?:,\\d{3})+|\\d{1,4}|" + alternation(VAGUE_COUNTS) + "|"
            + alternation(NUMBER_WORDS.keySet()) + ")";
    private static final String FRAME = "(?:the\\s+(?:" + alternation(FRAMES) + ")\\s+)";
    /** "the past two years", "three days", "a 12-hour shift", "the next six weeks", "a further year". */
    private static final Pattern COUNTED = Pattern.compile(
            "\\b" + FRAME + "?" + COUNT + "(?:\\s+(?:" + alternation(Lexicon.lines("duration-adjectives.txt"))
            + "))?(?:\\s+|-)" + UNIT + "\\b(?:\\s+(\\p{L}+))?");
    /** "the past week", "the coming year": one unit framed as a span. */
    private static final Pattern FRAMED = Pattern.compile("\\b" + FRAME + UNIT + "\\b");
    /** "every week", "each Monday", "every two weeks". */
    private static final Pattern EVERY = Pattern.compile("\\b(?:" + quantifiers() + ")\\s+(?:" + COUNT + "\\s+)?("
            + alternation(WEEKDAYS.keySet()) + "|" + UNIT_WORDS + ")s?\\b");
    private static final Map<String, Integer> MONTHS = CalendarNames.monthWords("en");
    private static final Map<String, String> SEASONS = Lexicon.columns("seasons.txt");
    /** "every March", "each summer": a month or season after a quantifier is every such month or season. */
    private static final Pattern EVERY_NAMED = Pattern.compile("(?i)\\b(?:" + quantifiers() + ")\\s+("
            + alternation(MONTHS.keySet()) + "|" + alternation(SEASONS.keySet()) + ")\\b");
    /** "on Saturdays", "alternate Fridays": a weekday in the plural is every such day. */
    private static final Pattern PLURAL_WEEKDAY = Pattern.compile("\\b(" + alternation(WEEKDAYS.keySet()) + ")s\\b");
    private static final Pattern ADVERB_SET = Pattern.compile("\\b(" + alternation(SETS.keySet().stream()
            .filter(k -> !k.equals("quantifier")).toList()) + ")\\b");
    /** "the 1990s" 199; not one a word of manner joins by a hyphen, "the 1990s-style crest" ("1980s-era" is one). */
    private static final Pattern DECADE = Pattern.compile("\\b(?:the\\s+)?((?:1[0-9]|20)\\d)0s\\b(?!-(?:"
            + alternation(Lexicon.lines("decade-manners.txt")) + ")\\b)");
    /** "the '90s" 199, "the '00s" 200: a decade written with two digits (the 1930s to the 2010s). */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?:\\bthe\\s+)?['\u2019]([0-13-9])0s\\b");
    /** A year after a word that opens or closes a range or a point in time. */
    private static final Pattern RANGE_YEAR = Pattern.compile(
            "\\b(?:from|to|between|and|since|until|through|by|in)\\s+((?:1[89]|20)\\d\\d)\\b(?![-.,]?\\d)");

    /** "the past week", "the last month": a frame that looks back over one unit, not followed by "of". */
    private static final Pattern LOOK_BACK = Pattern.compile("\\bthe\\s+(?:past|last|previous)\\s+"
            + "(week|fortnight|month|year|decade|century)\\b(?!\\s+of\\b)");

    /** "within the next month", "over the coming year": one unit ahead framed as a span after a lead word. */
    private static final Pattern LOOK_AHEAD = Pattern.compile("\\b(?:" + alternation(Lexicon.lines(
            "duration-leads.txt")) + ")\\s+(the\\s+(?:next|coming)\\s+(week|fortnight|month|year|decade))\\b"
            + "(?!\\s+of\\b|['\u2019]s\\b)");
    /** "90 seconds", "forty seconds": seconds counted in the plural ("a second attempt" is no span). */
    private static final Pattern SECONDS = Pattern.compile("\\b(\\d{1,4}|" + alternation(NUMBER_WORDS.keySet())
            + ")\\s+seconds\\b");

    private TimeSpans() {}

    /**
     * The spans of {@code text} that look back or, after a lead word, ahead over one unit ("in the last month",
     * "within the next month" P1M), which the tagger reads as the unit before or after the anchor, and counted seconds
     * ("90 seconds" PT90S), which it leaves out: for {@link TimexValues#all} to put in place of those readings.
     */
    static List<TimeValue> lookingBack(String text) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = LOOK_BACK.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            add(out, text, m.start(), m.end(), duration(1, unitRow(m.group(1))));
        }
        m = LOOK_AHEAD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            add(out, text, m.start(1), m.end(1), duration(1, unitRow(m.group(2))));
        }
        m = SECONDS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            int n = count(m.group(1));
            if (n >= 2) {
                add(out, text, m.start(), m.end(), "PT" + n + "S");
            }
        }
        return out;
    }

    /**
     * The sets of months and seasons of {@code text} ("every March" XXXX-03, "each summer" XXXX-SU), whose month or
     * season the tagger reads as one: for {@link TimexValues#all} to put in place of that reading.
     */
    static List<TimeValue> namedSets(String text) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = EVERY_NAMED.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(word);
            if (month != null && Character.isUpperCase(m.group(1).charAt(0))) {
                add(out, text, m.start(), m.end(), String.format(Locale.ROOT, "XXXX-%02d", month));
            } else if (month == null) {
                add(out, text, m.start(), m.end(), "XXXX-" + SEASONS.get(word));
            }
        }
        return out;
    }

    /**
     * "20 minutes later": minutes or hours shifted by a word of {@code en/later-words.txt} stay a duration (the clock
     * they land on is not given), where "three days later" is a day ({@link LaterDays}).
     */
    private static boolean clockShift(String unit, String next) {
        String timex = unitRow(unit).get(1);
        return (timex.equals("MIN") || timex.equals("H")) && LATER_WORDS.contains(next);
    }

    /** The durations, sets, decades and range years of {@code text} (English), in text order. */
    static List<TimeValue> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<TimeValue> out = new ArrayList<>();
        Matcher m = EVERY.matcher(lower);
        while (m.find()) {
            String what = m.group(2);
            int n = m.group(1) == null ? (m.group().matches("\\S+\\s+(?:other|second)\\b.*") ? 2 : 1)
                    : count(m.group(1)); // "every other week" P2W
            String value = WEEKDAYS.containsKey(what)
                    ? "XXXX-WXX-" + WEEKDAYS.get(what).getValue() : duration(n, unitRow(what));
            add(out, text, m.start(), m.end(), value);
        }
        m = PLURAL_WEEKDAY.matcher(lower);
        while (m.find()) {
            add(out, text, m.start(), m.end(), "XXXX-WXX-" + WEEKDAYS.get(m.group(1)).getValue());
        }
        m = ADVERB_SET.matcher(lower);
        while (m.find()) {
            add(out, text, m.start(), m.end(), SETS.get(m.group(1)));
        }
        m = COUNTED.matcher(lower);
        while (m.find()) {
            boolean vague = VAGUE_COUNTS.contains(m.group(1));
            int n = vague ? 1 : count(m.group(1));
            String next = m.group(3);
            boolean hyphenOld = lower.startsWith("-old", m.end(2));
            if (n > 0 && !hyphenOld && (next == null || !NOT_AFTER.contains(next) || clockShift(m.group(2), next))) {
                List<String> unit = unitRow(m.group(2));
                add(out, text, m.start(), m.end(2), vague ? vagueDuration(unit) : duration(n, unit));
            }
        }
        m = FRAMED.matcher(lower);
        while (m.find()) {
            if (unitRow(m.group(1)).get(0).equals(m.group(1))) { // "the coming weeks" is no span of one week
                add(out, text, m.start(), m.end(), duration(1, unitRow(m.group(1))));
            }
        }
        m = DECADE.matcher(lower);
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.group(1));
        }
        m = SHORT_DECADE.matcher(lower);
        while (m.find()) {
            int d = Integer.parseInt(m.group(1));
            add(out, text, m.start(), m.end(), (d <= 1 ? "20" : "19") + d);
        }
        m = RANGE_YEAR.matcher(lower);
        while (m.find()) {
            add(out, text, m.start(1), m.end(1), m.group(1));
        }
        out.sort(java.util.Comparator.comparingInt(TimeValue::start));
        return out;
    }

    /** Adds a span unless one found before overlaps it (sets first, then durations: the longer reading wins). */
    private static void add(List<TimeValue> out, String text, int start, int end, String value) {
        if (value == null || out.stream().anyMatch(v -> v.start() < end && v.end() > start)) {
            return;
        }
        out.add(new TimeValue(start, end, text.substring(start, end), value));
    }

    private static String duration(int n, List<String> unit) {
        if (unit == null) {
            return null;
        }
        int amount = n * Integer.parseInt(unit.get(2));
        return switch (unit.get(1)) {
            case "H" -> "PT" + amount + "H";
            case "MIN" -> "PT" + amount + "M";
            default -> "P" + amount + unit.get(1);
        };
    }

    /** "a few weeks" PXW, "several hours" PTXH, "a few decades" PXDE. */
    private static String vagueDuration(List<String> unit) {
        if (unit == null) {
            return null;
        }
        String letter = unit.get(1).equals("MIN") ? "M" : unit.get(1);
        String times = switch (unit.get(2)) { case "10" -> "DE"; case "100" -> "CE"; default -> letter; };
        return (letter.equals("H") || unit.get(1).equals("MIN") ? "PTX" : "PX") + times;
    }

    private static List<String> unitRow(String word) {
        String w = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word;
        for (List<String> row : UNIT_ROWS) {
            if (row.get(0).equals(w) || (row.get(0) + "s").equals(w)) {
                return row;
            }
        }
        return null;
    }

    private static int count(String word) {
        if (word.matches("\\d{1,3}(?:,\\d{3})+")) {
            return Integer.parseInt(word.replace(",", "")); // "1,400 days"
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return Integer.parseInt(NUMBER_WORDS.getOrDefault(word, "0"));
    }

    private static String quantifiers() {
        return alternation(RuleFiles.table("time-sets.txt").stream()
                .filter(r -> r.get(0).equals("quantifier")).map(r -> r.get(1)).toList());
    }

    private static String alternation(java.util.Collection<String> words) {
        return CalendarNames.alternation(words);
    }

    /** The stage's English rule tables. */
    private static final class RuleFiles {
        static List<List<String>> table(String name) {
            return org.dossier.rules.RuleFiles.table(Lexicon.class, "en", name);
        }
    }
}
