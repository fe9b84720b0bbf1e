package org.dossier.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * English dates written in digits ("10/01/2022") read in the order the article itself writes dates: day first when
 * one of its numeric dates can only be read that way ("31/03/2027"), month first when one can only be read the other
 * way ("12/25/2023"), else day first when it writes more dates as "18 November" than as "November 18" (British and
 * most Commonwealth news), month first otherwise (the tagger's reading). Month names are the text layer's calendar.
 * Pure; for {@link TimexValues#all}, whose values over these spans it replaces.
 */
final class NumericDates {
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Map<String, Integer> MONTHS = CalendarNames.monthWords("en");
    private static final String MONTH = CalendarNames.alternation(MONTHS.keySet());
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!:)");

    private NumericDates() {}

    /** The numeric dates of {@code text} with their day values, in text order. */
    static List<TimeValue> find(String text) {
        List<int[]> dates = new ArrayList<>();
        Matcher m = NUMERIC.matcher(text);
        boolean dayOnly = false;
        boolean monthOnly = false;
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            dates.add(new int[] {m.start(), m.end(), a, b, m.group(3).length() == 2 ? 2000 + y : y});
            dayOnly |= a > 12 && b <= 12;
            monthOnly |= b > 12 && a <= 12;
        }
        List<TimeValue> out = new ArrayList<>();
        if (dates.isEmpty() || dayOnly && monthOnly) {
            return out;
        }
        boolean dayFirst = dayOnly || !monthOnly && count(DAY_MONTH, text) > count(MONTH_DAY, text);
        for (int[] d : dates) {
            try {
                LocalDate date = dayFirst ? LocalDate.of(d[4], d[3], d[2]) : LocalDate.of(d[4], d[2], d[3]);
                out.add(new TimeValue(d[0], d[1], text.substring(d[0], d[1]), date.toString()));
            } catch (DateTimeException e) {
                // not a date in this order ("45/12/2020"): left to the tagger
            }
        }
        return out;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
