package org.dossier.annotate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * English "two days later" / "a week earlier": a day counted from the last day the text named before it ("walked
 * out on Feb. 1 … Two days later" 2023-02-03), and "two months later than planned" as the duration P2M. Counts and
 * units are rule data ({@code en/number-words.txt}, {@code en/later-words.txt}); "the next day", "that night" the
 * same way ({@code en/relative-days.txt}); "the following month", "the previous year" from the last month or year
 * named ({@code en/following-units.txt}), "the previous autumn" the season before the last date named, "two decades
 * later" the decade. Pure; for {@link TimexValues#all}.
 */
final class LaterDays {
    private static final Map<String, String> NUMBER_WORDS = Lexicon.columns("number-words.txt");
    private static final Map<String, String> SHIFTS = Lexicon.columns("later-words.txt");
    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS, "decade", ChronoUnit.DECADES);
    private static final Pattern LATER = Pattern.compile("(?i)\\b(\\d{1,3}|an?|"
            + String.join("|", NUMBER_WORDS.keySet()) + ")\\s+(day|week|fortnight|month|year|decade)s?\\s+("
            + String.join("|", SHIFTS.keySet()) + ")\\b(\\s+than\\b)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A value of a month or a day ("2020-10"), from which a count of months may run. */
    private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");
    /** A value of a year, a month or a day ("2020", "2020-10"), from which a count of years may run. */
    private static final Pattern YEAR_OR_FINER = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    /** "Friday's close": a day owning a noun names a thing of that day, not the day the story has come to. */
    private static final Pattern OWNED = Pattern.compile("^['\u2019]s\\b");
    private static final List<List<String>> FOLLOWING = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "following-units.txt");
    /** "the following month", "the previous year": the unit after or before the last one the text named. */
    private static final Pattern FOLLOWING_UNIT = Pattern.compile("(?i)\\b(" + String.join("|", FOLLOWING.stream()
            .filter(r -> r.get(0).equals("frame")).map(r -> Pattern.quote(r.get(1)).replace(" ", "\\E\\s+\\Q"))
            .toList()) + ")\\s+(" + String.join("|", FOLLOWING.stream().filter(r -> r.get(0).equals("unit"))
            .map(r -> r.get(1)).toList()) + ")\\b(?!-)");
    private static final Map<String, String> SEASONS = Lexicon.columns("seasons.txt");
    /** Where each season code starts (month), winter in the December of its year. */
    private static final Map<String, Integer> SEASON_STARTS = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);
    /** "the previous autumn", "the following spring": the season before or after the last date the text named. */
    private static final Pattern FOLLOWING_SEASON = Pattern.compile("(?i)\\b(" + String.join("|", FOLLOWING.stream()
            .filter(r -> r.get(0).equals("frame")).map(r -> Pattern.quote(r.get(1)).replace(" ", "\\E\\s+\\Q"))
            .toList()) + ")\\s+(" + String.join("|", SEASONS.keySet().stream().map(Pattern::quote).toList())
            + ")\\b(?!-)");
    /** A clock time alone ("12:01 a.m."), which names no day of its own. */
    private static final Pattern BARE_CLOCK = Pattern.compile(
            "(?i)\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|noon|midnight");
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:for|over|within|during)\\s+$");
    private static final List<List<String>> RELATIVE = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "relative-days.txt");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\b(" + String.join("|", RELATIVE.stream()
            .map(r -> Pattern.quote(r.get(0)).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\b(?!-)");

    private LaterDays() {}

    /** The spans of {@code text} counted from a day, given the values found so far ({@code found}, text order). */
    static List<TimeValue> find(String text, List<TimeValue> found) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = LATER.matcher(text);
        while (m.find()) {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count)
                    : count.startsWith("a") && count.length() <= 2 ? 1
                    : Integer.parseInt(NUMBER_WORDS.getOrDefault(count, "0"));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (n <= 0) {
                continue;
            }
            if (unit.equals("fortnight")) { // "a fortnight later": two weeks on
                unit = "week";
                n *= 2;
            }
            if (m.group(4) != null) {
                out.add(new TimeValue(m.start(), m.start(3) - 1, text.substring(m.start(), m.start(3)).strip(),
                        unit.equals("decade") ? "P" + 10 * n + "Y" : "P" + n + Character.toUpperCase(unit.charAt(0))));
                continue;
            }
            LocalDate from = lastDayBefore(text, found, m.start(), unit.equals("decade") ? "year" : unit);
            if (from != null) {
                int sign = "earlier".equals(SHIFTS.get(m.group(3).toLowerCase(Locale.ROOT))) ? -1 : 1;
                out.add(new TimeValue(m.start(), m.end(), m.group(), counted(from.plus(sign * n, UNITS.get(unit)), unit)));
            }
        }
        return out;
    }

    /**
     * The days of {@code text} named from the last day before them ("The next day", "that night"), given the values
     * found so far; not after a word that makes the phrase a stretch ("for the next day").
     */
    static List<TimeValue> relative(String text, List<TimeValue> found) {
        List<TimeValue> out = new ArrayList<>();
        Matcher r = RELATIVE_DAY.matcher(text);
        while (r.find()) {
            String phrase = r.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            List<String> row = RELATIVE.stream().filter(x -> x.get(0).equals(phrase)).findFirst().orElse(null);
            LocalDate from = lastDayBefore(text, found, r.start(), "day");
            boolean stretch = SPAN_BEFORE.matcher(text.substring(Math.max(0, r.start() - 8), r.start())).find();
            if (row != null && from != null && !stretch) {
                String part = row.get(2).equals("-") ? "" : row.get(2);
                out.add(new TimeValue(r.start(), r.end(), r.group(), from.plusDays(Integer.parseInt(row.get(1))) + part));
            }
        }
        Matcher f = FOLLOWING_UNIT.matcher(text);
        while (f.find()) {
            String unit = f.group(2).toLowerCase(Locale.ROOT);
            LocalDate from = lastDayBefore(text, found, f.start(), unit);
            boolean stretch = SPAN_BEFORE.matcher(text.substring(Math.max(0, f.start() - 8), f.start())).find();
            if (from != null && !stretch) {
                int shift = FOLLOWING.stream().filter(x -> x.get(0).equals("frame") && x.get(1).equals(f.group(1)
                        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))).mapToInt(x -> Integer.parseInt(x.get(2)))
                        .findFirst().orElse(0);
                out.add(new TimeValue(f.start(), f.end(), f.group(), counted(from.plus(shift, UNITS.get(unit)), unit)));
            }
        }
        Matcher p = FOLLOWING_SEASON.matcher(text);
        while (p.find()) {
            LocalDate from = lastDayBefore(text, found, p.start(), "year");
            boolean stretch = SPAN_BEFORE.matcher(text.substring(Math.max(0, p.start() - 8), p.start())).find();
            if (from != null && !stretch) {
                String code = SEASONS.get(p.group(2).toLowerCase(Locale.ROOT));
                out.add(new TimeValue(p.start(), p.end(), p.group(), seasonBeside(from, code, shift(p.group(1)))
                        + "-" + code));
            }
        }
        return out;
    }

    private static int shift(String frame) {
        String words = frame.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return FOLLOWING.stream().filter(x -> x.get(0).equals("frame") && x.get(1).equals(words))
                .mapToInt(x -> Integer.parseInt(x.get(2))).findFirst().orElse(0);
    }

    /**
     * The year of the season {@code code} just before ({@code shift} -1) or after (1) the season {@code from} falls in:
     * the autumn before March 1981 is 1980's, the spring after it 1982's (a winter is the year of its December).
     */
    private static int seasonBeside(LocalDate from, String code, int shift) {
        int m = from.getMonthValue();
        LocalDate seasonStart = m <= 2 ? LocalDate.of(from.getYear() - 1, 12, 1)
                : LocalDate.of(from.getYear(), m == 12 ? 12 : m - m % 3, 1);
        int year = from.getYear() + (shift < 0 ? 1 : -1);
        LocalDate start = LocalDate.of(year, SEASON_STARTS.get(code), 1);
        while (shift < 0 ? !start.isBefore(seasonStart) : !start.isAfter(seasonStart)) {
            start = start.plusYears(shift < 0 ? -1 : 1);
        }
        return start.getYear();
    }

    /**
     * The counted day as TIMEX3 gives the unit's granularity: "two days later" the day, "a week earlier" the week,
     * "a month later" the month, "a year earlier" the year.
     */
    private static String counted(LocalDate d, String unit) {
        return switch (unit) {
            case "week" -> String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            case "year" -> String.valueOf(d.getYear());
            case "decade" -> String.valueOf(d.getYear() / 10); // "two decades later" after 1981: the 2000s, 200
            default -> d.toString();
        };
    }

    /**
     * The day named last before {@code pos}: of the values ending before it, the one ending nearest it; a count of
     * months may run from a month named ("in May 2024 … the following month"), one of years from a year too; a day
     * owning a noun ("Friday's close") is passed over.
     */
    private static LocalDate lastDayBefore(String text, List<TimeValue> found, int pos, String unit) {
        Pattern dated = unit.equals("year") ? YEAR_OR_FINER : unit.equals("month") ? MONTH_OR_DAY : DAY;
        LocalDate day = null;
        int nearest = -1;
        for (TimeValue v : found) {
            if (v.end() <= pos && v.end() > nearest && dated.matcher(v.value()).matches()
                    && !BARE_CLOCK.matcher(v.text()).matches() // "at 12:01 a.m. that day": the tagger's anchor day
                    && !OWNED.matcher(text.substring(v.end(), Math.min(text.length(), v.end() + 3))).find()) {
                nearest = v.end();
                try {
                    String value = v.value();
                    day = LocalDate.parse(value.length() == 4 ? value + "-01-01" : value.length() == 7 ? value + "-01"
                            : value);
                } catch (DateTimeParseException e) {
                    day = null;
                }
            }
        }
        return day;
    }
}
