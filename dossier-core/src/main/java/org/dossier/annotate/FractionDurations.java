package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * English durations made of parts, which the tagger reads as one whole unit or not at all: a share of a unit ("two
 * and a half years" P2Y6M, "an hour and a half" PT1H30M, "half an hour" PT30M, "a quarter of a century" P25Y) and two
 * counts joined ("two hours and 10 minutes" PT2H10M). The value is written in whole steps of the smaller unit, as
 * TimeML does. Words are rule data ({@code en/duration-parts.txt}, {@code en/time-units.txt},
 * {@code en/number-words.txt}). Pure; for {@link TimexValues#all}, whose values inside these spans it replaces.
 */
final class FractionDurations {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "duration-parts.txt");
    private static final Map<String, String> NUMBER_WORDS = Lexicon.columns("number-words.txt");
    private static final String UNIT = "(" + alt(words("size")) + ")s?";
    private static final String COUNT = "(\\d{1,3}|" + alt(NUMBER_WORDS.keySet()) + ")";
    private static final String SHARE = "(" + alt(words("fraction")) + ")";
    private static final String JOIN = "\\s+(?:" + alt(words("join")) + ")\\s+";
    /** "two and a half years". */
    private static final Pattern COUNT_AND_SHARE = Pattern.compile(
            "\\b" + COUNT + JOIN + "an?\\s+" + SHARE + "[\\s-]+" + UNIT + "\\b");
    /** "an hour and a half". */
    private static final Pattern UNIT_AND_SHARE = Pattern.compile(
            "\\b" + COUNT + "\\s+" + UNIT + JOIN + "an?\\s+" + SHARE + "\\b");
    /** "half an hour", "a quarter of a century", "a half-hour". */
    private static final Pattern SHARE_OF_UNIT = Pattern.compile(
            "\\b(?:an?\\s+)?" + SHARE + "(?:\\s+of)?(?:\\s+an?\\s+|-)" + UNIT + "\\b");
    /** "two hours and 10 minutes". */
    private static final Pattern TWO_COUNTS = Pattern.compile(
            "\\b" + COUNT + "\\s+" + UNIT + JOIN + COUNT + "\\s+" + UNIT + "\\b");

    private FractionDurations() {}

    /** The durations of parts in {@code text}, in text order; each span holds none of the others. */
    static List<TimeValue> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<TimeValue> out = new ArrayList<>();
        Matcher m = COUNT_AND_SHARE.matcher(lower);
        while (m.find()) {
            add(out, text, m, steps(m.group(1), m.group(3)) + share(m.group(2), m.group(3)), m.group(3));
        }
        m = UNIT_AND_SHARE.matcher(lower);
        while (m.find()) {
            add(out, text, m, steps(m.group(1), m.group(2)) + share(m.group(3), m.group(2)), m.group(2));
        }
        m = TWO_COUNTS.matcher(lower);
        while (m.find()) {
            long big = size(m.group(2));
            long small = size(m.group(4));
            if (big > small && family(m.group(2)) == family(m.group(4))) {
                add(out, text, m, steps(m.group(1), m.group(2)) + steps(m.group(3), m.group(4)), m.group(2));
            }
        }
        m = SHARE_OF_UNIT.matcher(lower);
        while (m.find()) {
            add(out, text, m, share(m.group(1), m.group(2)), m.group(2));
        }
        out.sort(java.util.Comparator.comparingInt(TimeValue::start));
        return out;
    }

    private static void add(List<TimeValue> out, String text, Matcher m, long steps, String unit) {
        int s = m.start();
        int e = m.end();
        if (steps <= 0 || out.stream().anyMatch(v -> v.start() < e && v.end() > s)) {
            return;
        }
        String value = family(unit) ? months(steps) : minutes(steps);
        if (value != null) {
            out.add(new TimeValue(s, e, text.substring(s, e), value));
        }
    }

    /** A count of months as P2Y6M. */
    private static String months(long n) {
        return "P" + (n / 12 > 0 ? n / 12 + "Y" : "") + (n % 12 > 0 ? n % 12 + "M" : "");
    }

    /** A count of minutes as PT1H30M, P1DT12H, or P3W for whole weeks. */
    private static String minutes(long n) {
        if (n % 10080 == 0) {
            return "P" + n / 10080 + "W";
        }
        long days = n / 1440;
        long hours = n % 1440 / 60;
        long mins = n % 60;
        String time = (hours > 0 ? hours + "H" : "") + (mins > 0 ? mins + "M" : "");
        return "P" + (days > 0 ? days + "D" : "") + (time.isEmpty() ? "" : "T" + time);
    }

    /** The steps {@code count} units make; 0 for a count no table reads. */
    private static long steps(String count, String unit) {
        long n = count.chars().allMatch(Character::isDigit) ? Long.parseLong(count)
                : Long.parseLong(NUMBER_WORDS.getOrDefault(count, "0"));
        return n * size(unit);
    }

    /** The steps a share of one unit makes; -1 (no value) when it is no whole number of steps. */
    private static long share(String share, String unit) {
        long hundredths = size(unit) * Long.parseLong(cell("fraction", share));
        return hundredths % 100 == 0 ? hundredths / 100 : -1_000_000_000L;
    }

    private static long size(String unit) {
        return Long.parseLong(cell("size", unit));
    }

    /** Whether the unit counts in months (the calendar family of the data) rather than minutes. */
    private static boolean family(String unit) {
        return ROWS.stream().anyMatch(r -> r.get(0).equals("size") && r.get(1).equals(unit) && r.size() > 3
                && r.get(3).equals("calendar"));
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }

    private static String cell(String kind, String word) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(word)).map(r -> r.get(2))
                .findFirst().orElse("0");
    }

    private static String alt(java.util.Collection<String> words) {
        return CalendarNames.alternation(words);
    }
}
