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
 * of the past and it is ahead ({@link WordTense}). Pure; for {@link TimexValues#all}, where nothing else was read.
 */
final class NamedDays {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "named-days.txt");
    private static final Pattern NAME = Pattern.compile("(?i)\\b(" + CalendarNames.alternation(ROWS.stream()
            .map(r -> Pattern.quote(r.get(1))).toList()) + ")(?![\\p{L}'])");

    private NamedDays() {}

    /** The named days of {@code text}, resolved against {@code anchor}, in text order. */
    static List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!Character.isUpperCase(m.group().charAt(0))) {
                continue; // "may day" in lower case is no name
            }
            List<String> row = ROWS.stream().filter(r -> r.get(1).equalsIgnoreCase(m.group(1))).findFirst()
                    .orElseThrow();
            LocalDate d = dayIn(row, anchor.getYear());
            Tense tense = WordTense.before(text, m.start());
            if (tense == Tense.FUTURE && d.isBefore(anchor)) {
                d = dayIn(row, anchor.getYear() + 1);
            } else if (tense == Tense.PAST && d.isAfter(anchor)) {
                d = dayIn(row, anchor.getYear() - 1);
            }
            out.add(new TimeValue(m.start(), m.end(), m.group(), d.toString()));
        }
        return out;
    }

    private static LocalDate dayIn(List<String> row, int year) {
        int month = Integer.parseInt(row.get(2));
        if (row.get(0).equals("fixed")) {
            return LocalDate.of(year, month, Integer.parseInt(row.get(3)));
        }
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(row.get(3)));
        return LocalDate.of(year, month, Integer.parseInt(row.get(4))).with(TemporalAdjusters.nextOrSame(day));
    }
}
