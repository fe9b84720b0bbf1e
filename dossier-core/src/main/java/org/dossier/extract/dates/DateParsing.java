package org.dossier.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Finds calendar dates in strings: ISO dates and timestamps, URL path dates, numeric day-first dates, and
 * dates with month names (names read from {@code months.txt}).
 */
public final class DateParsing {
    private static final Map<String, Integer> MONTHS = loadMonths();
    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern URL = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:/|$)|[/_-](\\d{4})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Map<String, List<String>> WORDS = RuleFiles.lists(DateParsing.class, "date-words.txt");
    /** An ordinal day's suffix ("3rd"), optional. */
    private static final String ORDINAL = "(?:" + String.join("|", WORDS.get("ordinal-suffix")) + ")?";
    /** A word joining day, month and year ("3 de marzo de 2025"), optional. */
    private static final String JOINER = "(?:(?:" + String.join("|", WORDS.get("month-joiner")) + ")\\s+)?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL
            + ",?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})" + ORDINAL + "\\.?\\s+" + JOINER + MONTH + "\\s+"
            + JOINER + "(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?![\\d])");
    private static final int DAY_FIRST = 1;
    private static final int MONTH_FIRST = 2;
    private static final int AMBIGUOUS = 3;
    /** Day and month equal: both orders read the same. */
    private static final int SAME = 4;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private DateParsing() {
    }

    /**
     * A date found in text; {@code alternative} is the month-first reading of an ambiguous numeric date, or null;
     * {@code dayFirst} says in which order an unambiguous numeric date is written (null for other shapes).
     */
    public record Reading(LocalDate date, LocalDate alternative, Boolean dayFirst) {}

    /** Every date found in free text, in order of appearance. */
    static List<LocalDate> inText(String s) {
        List<LocalDate> out = new ArrayList<>();
        for (Reading r : readings(s)) {
            out.add(r.date());
        }
        return out;
    }

    /**
     * Every date found in free text, in order of appearance, distinct. A numeric date whose two first parts can
     * both be a month ("07/03/2025") is read day-first, with the month-first reading as alternative.
     */
    public static List<Reading> readings(String s) {
        if (!hasYearLikeNumber(s)) {
            return new ArrayList<>();
        }
        List<int[]> found = new ArrayList<>();
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            add(found, m.start(), num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        m = MDY.matcher(s);
        while (m.find()) {
            add(found, m.start(), num(m.group(3)), month(m.group(1)), num(m.group(2)));
        }
        m = DMY.matcher(s);
        while (m.find()) {
            add(found, m.start(), num(m.group(3)), month(m.group(2)), num(m.group(1)));
        }
        m = NUMERIC.matcher(s);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            int y = num(m.group(3));
            // day-first unless the first number cannot be a day-of-month pairing (US order when b > 12)
            if (b > 12 && a <= 12) {
                addNumeric(found, m.start(), y, a, b, MONTH_FIRST);
            } else if (a <= 12 && b <= 12 && a != b && of(y, b, a) != null) {
                found.add(new int[] {m.start(), y, b, a, AMBIGUOUS, a, b});
            } else {
                addNumeric(found, m.start(), y, b, a, a > 12 ? DAY_FIRST : SAME);
            }
        }
        found.sort((x, z) -> Integer.compare(x[0], z[0]));
        List<Reading> out = new ArrayList<>();
        List<LocalDate> seen = new ArrayList<>();
        for (int[] f : found) {
            LocalDate d = LocalDate.of(f[1], f[2], f[3]);
            if (!seen.contains(d)) {
                seen.add(d);
                LocalDate alt = f.length > 4 && f[4] == AMBIGUOUS ? LocalDate.of(f[1], f[5], f[6]) : null;
                Boolean dayFirst = f.length > 4 && (f[4] == DAY_FIRST || f[4] == MONTH_FIRST) ? f[4] == DAY_FIRST : null;
                out.add(new Reading(d, alt, dayFirst));
            }
        }
        return out;
    }

    /** Whether the string has four digits in a row: every supported date shape writes the year so. */
    public static boolean hasYearLikeNumber(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /** The first date in a string, or null. */
    public static LocalDate first(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        List<LocalDate> all = inText(s);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A date in a URL path (/2019/11/19/ or -20191119-), or null. */
    public static LocalDate inUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL.matcher(url);
        while (m.find()) {
            int k = m.group(1) != null ? 1 : 4;
            LocalDate d = of(num(m.group(k)), num(m.group(k + 1)), num(m.group(k + 2)));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static void addNumeric(List<int[]> found, int pos, int y, int mo, int d, int order) {
        if (of(y, mo, d) != null) {
            found.add(new int[] {pos, y, mo, d, order});
        }
    }

    private static void add(List<int[]> found, int pos, int y, int mo, int d) {
        if (of(y, mo, d) != null) {
            found.add(new int[] {pos, y, mo, d});
        }
    }

    static LocalDate of(int y, int m, int d) {
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase());
        return m == null ? -1 : m;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> row : RuleFiles.table(DateParsing.class, "months.txt")) {
            for (String name : row.subList(1, row.size())) {
                out.put(name, Integer.parseInt(row.get(0)));
            }
        }
        return out;
    }
}
