package org.dossier.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a full calendar date (day, month, year) in the head of an article — a dateline or "updated" line —
 * used as the article's time when no publication date is known. Ambiguous numeric dates are skipped.
 */
public final class DatelineFinder {
    /** Datelines sit in the title or the first lines: roughly this many characters. */
    static final int HEAD_CHARS = 300;
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,})\\.?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})\\s*([/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})\\b");

    private DatelineFinder() {}

    /** The earliest-positioned full date in the title or head of the text, or null. */
    public static LocalDate find(String title, String text) {
        String head = (title == null ? "" : title) + "\n"
                + (text == null ? "" : text.substring(0, Math.min(text.length(), HEAD_CHARS)));
        Found best = null;
        best = earlier(best, iso(head));
        best = earlier(best, named(head, DAY_MONTH_YEAR, 2, 1));
        best = earlier(best, named(head, MONTH_DAY_YEAR, 1, 2));
        best = earlier(best, numeric(head));
        return best == null ? null : best.date();
    }

    private record Found(int at, LocalDate date) {}

    private static Found earlier(Found a, Found b) {
        return a == null ? b : b == null || a.at() <= b.at() ? a : b;
    }

    private static Found iso(String s) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return new Found(m.start(), d);
            }
        }
        return null;
    }

    private static Found named(String s, Pattern p, int monthGroup, int dayGroup) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int month = MonthNames.month(Folding.fold(m.group(monthGroup)));
            LocalDate d = month == 0 ? null : date(m.group(3), String.valueOf(month), m.group(dayGroup));
            if (d != null) {
                return new Found(m.start(), d);
            }
        }
        return null;
    }

    /** d/m/y or m/d/y: taken only when the order is clear (a part above 12, or both parts equal). */
    private static Found numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String y = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            LocalDate d = null;
            if (a > 12 || a == b) {
                d = date(y, String.valueOf(b), String.valueOf(a));
            } else if (b > 12) {
                d = date(y, String.valueOf(a), String.valueOf(b));
            }
            if (d != null) {
                return new Found(m.start(), d);
            }
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
