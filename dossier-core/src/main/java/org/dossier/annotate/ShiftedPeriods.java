package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The period a count of units from an anchor names ("vor drei Tagen", "dans deux semaines"), for {@link RuleDates}:
 * its first day at the unit's precision (the day itself for days, the Monday of a week, the first of a month or
 * year).
 */
final class ShiftedPeriods {
    private ShiftedPeriods() {}

    /** The period {@code n} units from the anchor: its first day in {@code out[0]}, and its precision (null: none). */
    static String of(LocalDate anchor, ChronoUnit unit, int n, LocalDate[] out) {
        LocalDate d = anchor.plus(n, unit);
        switch (unit) {
            case DAYS -> {
                out[0] = d;
                return "day";
            }
            case WEEKS -> {
                out[0] = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return "week";
            }
            case MONTHS -> {
                out[0] = d.withDayOfMonth(1);
                return "month";
            }
            case YEARS -> {
                out[0] = d.withDayOfYear(1);
                return "year";
            }
            default -> {
                return null;
            }
        }
    }
}
