package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * A weekday or weekend a month's ordinal picks, which the tagger reads as a week of the anchor's month or joins to the
 * date before it: "the last Sunday of the month" (the anchor's month) 2026-10-25, "the first Monday in May", "the last
 * weekend of November" the weekend of its last Saturday (2026-W48-WE). A month named alone is the anchor's year's,
 * a year later when the clause speaks of the future and it is past, a year earlier when it speaks of the past and it
 * is ahead ({@link WordTense}). Words are rule data ({@code en/month-weekdays.txt}). Pure; for {@link TimexValues#all},
 * over the readings inside and apposed to it.
 */
final class MonthWeekdays {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "month-weekdays.txt");
    private static final Map<String, DayOfWeek> WEEKDAYS = CalendarNames.weekdays("en");
    private static final Map<String, Integer> MONTHS = CalendarNames.monthWords("en");
    private static final Pattern PICKED = Pattern.compile("(?i)\\b(?:the\\s+)?(" + alt("ordinal") + ")\\s+("
            + CalendarNames.alternation(WEEKDAYS.keySet()) + "|weekend)\\s+(?:of|in)\\s+(?:("
            + CalendarNames.alternation(MONTHS.keySet()) + ")(?:\\s+((?:19|20)\\d\\d))?|(" + alt("month")
            + ")\\s+month)\\b");

    private MonthWeekdays() {}

    /** The picked weekdays and weekends of {@code text}, resolved against {@code anchor}, in text order. */
    static List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = PICKED.matcher(text);
        while (m.find()) {
            if (m.group(3) != null && !Character.isUpperCase(m.group(3).charAt(0))) {
                continue; // "the first Monday in may" is no month
            }
            LocalDate month;
            if (m.group(3) != null) {
                int number = MONTHS.get(m.group(3).toLowerCase(Locale.ROOT));
                month = LocalDate.of(m.group(4) != null ? Integer.parseInt(m.group(4)) : anchor.getYear(), number, 1);
                if (m.group(4) == null) {
                    month = byTense(month, anchor, WordTense.before(text, m.start()));
                }
            } else {
                month = anchor.withDayOfMonth(1).plusMonths(Integer.parseInt(cell("month", m.group(5))));
            }
            int which = Integer.parseInt(cell("ordinal", m.group(1)));
            boolean weekend = m.group(2).equalsIgnoreCase("weekend");
            DayOfWeek day = weekend ? DayOfWeek.SATURDAY : WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
            LocalDate d = which < 0 ? month.with(TemporalAdjusters.lastInMonth(day))
                    : month.with(TemporalAdjusters.dayOfWeekInMonth(which, day));
            if (d.getMonthValue() != month.getMonthValue()) {
                continue; // "the fifth Monday of February"
            }
            String value = weekend ? String.format(Locale.ROOT, "%d-W%02d-WE", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : d.toString();
            out.add(new TimeValue(m.start(), m.end(), m.group(), value));
        }
        return out;
    }

    private static LocalDate byTense(LocalDate month, LocalDate anchor, Tense tense) {
        LocalDate current = anchor.withDayOfMonth(1);
        if (tense == Tense.FUTURE && month.isBefore(current)) {
            return month.plusYears(1);
        }
        if (tense == Tense.PAST && month.isAfter(current)) {
            return month.minusYears(1);
        }
        return month;
    }

    private static String cell(String kind, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ROWS.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(w)).map(r -> r.get(2)).findFirst()
                .orElseThrow();
    }

    private static String alt(String kind) {
        return CalendarNames.alternation(ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList());
    }
}
