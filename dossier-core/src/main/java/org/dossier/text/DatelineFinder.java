package org.dossier.text;

import java.time.LocalDate;

/**
 * Finds a full calendar date (day, month, year) in the head of an article — a dateline or "updated" line —
 * used as the article's time when no publication date is known. Ambiguous numeric dates are skipped.
 */
public final class DatelineFinder {
    /** Datelines sit in the title or the first lines: roughly this many characters. */
    static final int HEAD_CHARS = 300;
    /**
     * The forms of a dateline: the text layer's month names (any letters, folded), years 19xx and 20xx, "9. Januar"
     * and "28 November, 2005", numeric dates whose order is settled, spaced out or with a two-digit year.
     */
    static final DateForms FORMS = new DateForms(MonthWords.folded(), DateForms.MODERN_YEAR, Integer.MIN_VALUE,
            Integer.MAX_VALUE, false, false, true, true, false, true, DateForms.Numeric.SETTLED_SPACED, false);
    private static final TextDates READER = new TextDates(FORMS);

    private DatelineFinder() {}

    /** The earliest-positioned full date in the title or head of the text, or null. */
    public static LocalDate find(String title, String text) {
        String head = (title == null ? "" : title) + "\n"
                + (text == null ? "" : text.substring(0, Math.min(text.length(), HEAD_CHARS)));
        TextDate d = READER.first(head);
        return d == null ? null : d.date();
    }
}
