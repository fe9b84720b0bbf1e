package org.dossier.text;

/**
 * What a {@link TextDates} reader accepts: the month words, the years, and the small differences of the written
 * forms its stage reads (whether a day takes "3rd" or "9.", whether "de" may join the parts, whether numeric dates
 * may be spaced out or written in two orders). Each stage keeps its own forms beside its reader; the matching and
 * checking are shared.
 *
 * @param months          the month words
 * @param year            the regex of a year in ISO and named dates ({@code \d{4}}, {@code (?:19|20)\d\d})
 * @param minYear         the earliest year a date may have
 * @param maxYear         the latest year a date may have
 * @param isoDigitEdges   an ISO date has no digit on either side; otherwise it starts at a word boundary only
 * @param ordinalDay      a day before its month may take an ordinal suffix ("3rd March")
 * @param dotAfterDay     a day before its month may take a dot ("9. Januar")
 * @param commaAfterMonth a month after its day may take a comma ("28 November, 2005")
 * @param joiners         joining words may stand before the month and the year ("3 de marzo de 2025")
 * @param spaceBeforeComma a month-first date may have spaces before its comma ("Nov 28 , 2005")
 * @param numeric         which numeric dates are read
 * @param monthYear       month-years ("March 2025") are read, at month precision
 */
public record DateForms(MonthWords months, String year, int minYear, int maxYear, boolean isoDigitEdges,
                        boolean ordinalDay, boolean dotAfterDay, boolean commaAfterMonth, boolean joiners,
                        boolean spaceBeforeComma, Numeric numeric, boolean monthYear) {
    /** A year of four digits. */
    public static final String ANY_YEAR = "\\d{4}";
    /** A year of the 20th or 21st century. */
    public static final String MODERN_YEAR = "(?:19|20)\\d\\d";

    /** Which numeric dates a reader reads. */
    public enum Numeric {
        /** None. */
        NONE,
        /**
         * Day and month in the order the numbers settle (a part above 12, or both equal), separated by one kind of
         * separator ("/" or ".") with spaces allowed, the year in four digits or two (20yy); ambiguous ones skipped.
         */
        SETTLED_SPACED,
        /**
         * "/" or "." without spaces, a four-digit year; an ambiguous one read day-first with the month-first
         * reading as its alternative.
         */
        ANY_ORDER
    }

    /** The same forms, with month-years read or not. */
    public DateForms withMonthYear(boolean read) {
        return new DateForms(months, year, minYear, maxYear, isoDigitEdges, ordinalDay, dotAfterDay,
                commaAfterMonth, joiners, spaceBeforeComma, numeric, read);
    }
}
