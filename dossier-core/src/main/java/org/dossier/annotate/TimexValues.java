package org.dossier.annotate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.dossier.model.TimeMention;

/** TIMEX3-style values of resolved times, for front ends that print them ({@code dossier annotate}). */
public final class TimexValues {
    private TimexValues() {}

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
