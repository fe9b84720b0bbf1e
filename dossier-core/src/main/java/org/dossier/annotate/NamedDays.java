package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * Named days of the year ("Election Day" 2024-11-05, "Inauguration Day", "Boxing Day"), written with capitals, as
 * rule data ({@code en/named-days.txt}: a fixed month and day, or a weekday on or after a day of a month): the day in
 * the anchor's year, a year later when the clause speaks of the future and it is past, a year earlier when it speaks
 * of the past and it is ahead ({@link WordTense}); a lead of the same file moves it back ("the eve of Independence
 * Day" the day before, read over both); the days counted from Easter Sunday ("Easter Monday", "Holy Saturday") and
 * the Easter weekend the same way; a weekday and a link word before a name ("the Sunday after Thanksgiving") the
 * first such weekday after (or before) it; a name followed by "week" ("Christmas week") the week of its day. Pure;
 * for {@link TimexValues#all}, where nothing else was read.
 */
final class NamedDays {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "named-days.txt");
    private static final List<List<String>> DAYS = ROWS.stream()
            .filter(r -> !r.get(0).equals("lead") && !r.get(0).equals("weekday-link")).toList();
    private static final Pattern NAME = Pattern.compile("(?i)\\b(" + CalendarNames.alternation(DAYS.stream()
            .map(r -> Pattern.quote(r.get(1))).toList()) + ")(?![\\p{L}'])");
    /** Words before a name that move its day back ("the eve of Independence Day": the day before). */
    private static final List<List<String>> LEADS = ROWS.stream().filter(r -> r.get(0).equals("lead")).toList();
    private static final Pattern LEAD = Pattern.compile("(?i)\\b(" + CalendarNames.alternation(LEADS.stream()
            .map(r -> Pattern.quote(r.get(1)).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\s+$");

    /** "the Sunday after Thanksgiving": a weekday and a link word before a name, the weekday on that side of it. */
    private static final List<List<String>> LINKS = ROWS.stream().filter(r -> r.get(0).equals("weekday-link"))
            .toList();
    private static final java.util.Map<String, DayOfWeek> WEEKDAYS = CalendarNames.weekdays("en");
    private static final Pattern WEEKDAY_LINK = Pattern.compile("(?i)\\bthe\\s+(" + CalendarNames.alternation(
            WEEKDAYS.keySet()) + ")\\s+(" + CalendarNames.alternation(LINKS.stream().map(r -> r.get(1)).toList())
            + ")\\s+$");
    private static final Pattern WEEKDAY_LINK_OPENING = Pattern.compile(WEEKDAY_LINK.pattern().replace("$", ""));

    /** " week" right after a name ("Christmas week", not "weekend" or "weeks"): the week of the day. */
    private static final Pattern WEEK_AFTER = Pattern.compile(" week\\b(?!['\u2019]s)");

    private NamedDays() {}

    /** The named days of {@code text}, resolved against {@code anchor}, in text order. */
    static List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!Character.isUpperCase(m.group().charAt(0))) {
                continue; // "may day" in lower case is no name
            }
            List<String> row = DAYS.stream().filter(r -> r.get(1).equalsIgnoreCase(m.group(1))).findFirst()
                    .orElseThrow();
            Matcher lead = LEAD.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            int start = lead.find() ? m.start() - (lead.regionEnd() - lead.start()) : m.start();
            int back = start < m.start() ? LEADS.stream().filter(r -> r.get(1).equalsIgnoreCase(
                    lead.group(1).replaceAll("\\s+", " "))).mapToInt(r -> Integer.parseInt(r.get(2))).findFirst()
                    .orElse(0) : 0;
            LocalDate d = dayIn(row, anchor.getYear());
            Tense tense = WordTense.before(text, start);
            if (tense == Tense.FUTURE && d.isBefore(anchor)) {
                d = dayIn(row, anchor.getYear() + 1);
            } else if (tense == Tense.PAST && d.isAfter(anchor)) {
                d = dayIn(row, anchor.getYear() - 1);
            }
            String value = row.get(0).equals("easter-week") ? weekend(d) : d.minusDays(back).toString();
            int end = m.end();
            Matcher week = WEEK_AFTER.matcher(text.substring(end));
            if (week.lookingAt() && !row.get(0).equals("easter-week") && back == 0) {
                end += week.end(); // "Christmas week": the week of the day
                value = weekend(d).replace("-WE", "");
            }
            Matcher link = WEEKDAY_LINK.matcher(text.substring(Math.max(0, start - 30), start));
            if (link.find() && !row.get(0).equals("easter-week")) {
                DayOfWeek day = WEEKDAYS.get(link.group(1).toLowerCase(java.util.Locale.ROOT));
                boolean after = LINKS.stream().anyMatch(r -> r.get(1).equalsIgnoreCase(link.group(2))
                        && r.get(2).equals("1"));
                LocalDate base = d.minusDays(back);
                value = base.with(after ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day)).toString();
                start -= link.regionEnd() - link.start();
            }
            out.add(new TimeValue(start, end, text.substring(start, end), value));
        }
        return out;
    }

    /** Whether {@code v} is a weekday linked to a named day ("the Sunday after Thanksgiving"): over other readings. */
    static boolean linked(TimeValue v) {
        return WEEKDAY_LINK_OPENING.matcher(v.text()).lookingAt();
    }

    private static LocalDate dayIn(List<String> row, int year) {
        if (row.get(0).startsWith("easter")) {
            return easterSunday(year).plusDays(row.get(0).equals("easter") ? Integer.parseInt(row.get(2)) : 0);
        }
        int month = Integer.parseInt(row.get(2));
        if (row.get(0).equals("fixed")) {
            return LocalDate.of(year, month, Integer.parseInt(row.get(3)));
        }
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(row.get(3)));
        return LocalDate.of(year, month, Integer.parseInt(row.get(4))).with(TemporalAdjusters.nextOrSame(day));
    }

    /** The weekend of the week {@code d} is in, as TIMEX3 writes it (2026-W14-WE). */
    private static String weekend(LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%d-W%02d-WE", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Western Easter Sunday of {@code year} in the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
