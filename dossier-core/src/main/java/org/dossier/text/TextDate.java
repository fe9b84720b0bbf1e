package org.dossier.text;

import java.time.LocalDate;

/**
 * One calendar date written in a text, as a {@link TextDates} reader found it: where it stands ({@code [start,
 * end)} of the text read), how it is written, what it says and how precisely. A month-year ("March 2025") has
 * precision {@link Precision#MONTH} and the month's first day as {@code date}. A numeric date says in which order
 * its day and month were read; an {@link Order#AMBIGUOUS} one is read day-first, its month-first reading is
 * {@code alternative} (null otherwise).
 */
public record TextDate(int start, int end, Form form, Precision precision, LocalDate date, Order order,
                       LocalDate alternative) {
    /** How the date is written. */
    public enum Form {
        /** 2025-03-07 */
        ISO,
        /** March 7, 2025 · March 7th 2025 */
        MONTH_DAY_YEAR,
        /** 7 March 2025 · 7. März 2025 · 7 de marzo de 2025 */
        DAY_MONTH_YEAR,
        /** 07/03/2025 · 7.3.2025 */
        NUMERIC,
        /** March 2025 · marzo de 2025 */
        MONTH_YEAR
    }

    /** What the date names: a day, or a whole month. */
    public enum Precision { DAY, MONTH }

    /** In which order a date's day and month stand. */
    public enum Order {
        /** The month is a word, or the date is ISO. */
        NAMED,
        /** A numeric date whose first number can only be the day (25/03/2025). */
        DAY_FIRST,
        /** A numeric date whose second number can only be the day (03/25/2025). */
        MONTH_FIRST,
        /** A numeric date whose day and month are equal (03/03/2025): both orders read the same. */
        SAME,
        /** A numeric date either number of which can be the month (07/03/2025). */
        AMBIGUOUS
    }
}
