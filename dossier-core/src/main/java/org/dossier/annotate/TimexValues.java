package org.dossier.annotate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import org.dossier.model.TimeMention;
import org.dossier.model.TimeValue;

/** TIMEX3-style values of resolved times, for front ends that print them ({@code dossier annotate}). */
public final class TimexValues {
    private TimexValues() {}

    /**
     * Every time expression of an article's {@code text} in {@code language} with its TIMEX3-style value, in text
     * order: the anchored {@code times} the annotate stage found.
     */
    public static List<TimeValue> all(String text, String language, List<TimeMention> times) {
        return times.stream().map(t -> new TimeValue(t.start(), t.end(), t.text(), of(t))).toList();
    }

    /** 2022-01-10 for a day, 2022-W02 for a week, 2022-01 for a month, 2022 for a year. */
    public static String of(TimeMention t) {
        LocalDate d = t.date();
        return switch (t.precision()) {
            case "week" -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            case "year" -> String.valueOf(d.getYear());
            default -> d.toString();
        };
    }
}
