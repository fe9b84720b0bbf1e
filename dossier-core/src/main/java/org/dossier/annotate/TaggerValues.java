package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeMention;

/**
 * SUTime's resolved TIMEX3 value strings read as dated mentions, for {@link TimeResolver}: a day ("2022-01-10", with
 * or without a clock), a week ("2022-W02", "2022-W02-WE"), a month, a quarter (its first month) or a year; any other
 * value (durations, sets, references, partial dates with X) gives none. Pure.
 */
final class TaggerValues {
    private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern WEEK_VALUE = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
    private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern YEAR_VALUE = Pattern.compile("^(\\d{4})$");

    private TaggerValues() {}

    /** The mention of {@code text} at [start, end) in sentence {@code sentence} that {@code value} dates, or null. */
    static TimeMention read(String text, int start, int end, int sentence, String value) {
        Matcher m;
        if ((m = DAY_VALUE.matcher(value)).matches()) {
            return new TimeMention(text, start, end, LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), "day", sentence);
        }
        if ((m = WEEK_VALUE.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(DayOfWeek.MONDAY);
            return new TimeMention(text, start, end, d, "week", sentence);
        }
        if ((m = MONTH_VALUE.matcher(value)).matches()) {
            return new TimeMention(text, start, end, LocalDate.of(num(m, 1), num(m, 2), 1), "month", sentence);
        }
        if ((m = QUARTER_VALUE.matcher(value)).matches()) {
            return new TimeMention(text, start, end, LocalDate.of(num(m, 1), num(m, 2) * 3 - 2, 1), "month", sentence);
        }
        if ((m = YEAR_VALUE.matcher(value)).matches()) {
            return new TimeMention(text, start, end, LocalDate.of(num(m, 1), 1, 1), "year", sentence);
        }
        return null;
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
