package org.dossier.extract.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;
import org.dossier.text.CalendarNames;
import org.dossier.text.DateForms;
import org.dossier.text.MonthWords;
import org.dossier.text.TextDate;
import org.dossier.text.TextDates;

/**
 * Finds calendar dates in the strings of a page — ISO dates and timestamps, numeric dates in either order, dates
 * with month names in every language of the calendar table (read by {@link TextDates}) — and dates in URL paths.
 */
public final class DateParsing {
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /**
     * The forms of a page's dates: month names and abbreviations of every language compared in lower case (words of
     * up to twelve letters: "października", "maaliskuuta"), years 1990 to 2100, "3rd March", "9. März", "3 de
     * marzo de 2025", numeric dates in either
     * order without spaces.
     */
    static final DateForms FORMS = new DateForms(MonthWords.lowerCase(pageMonths(), 12),
            DateForms.ANY_YEAR, MIN_YEAR, MAX_YEAR, true, true, true, false, true, false, DateForms.Numeric.ANY_ORDER, false);
    private static final TextDates READER = new TextDates(FORMS);
    private static final Pattern URL = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:/|$)"
            + "|[/_-](\\d{4})(\\d{2})(\\d{2})(?:[/_.-]|$)|[/_-](\\d{4})-(\\d{2})-(\\d{2})(?:[/_.-]|$)");

    /** A date in a URL path with the month as a word (/2019/nov/18/). */
    private static final Pattern URL_MONTH_WORD = Pattern.compile("(?i)/(\\d{4})/(\\p{L}{3,9})/(\\d{1,2})(?:/|$)");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
    /** A numeric date spaced after its dots, as Czech and Slovak pages write it ("2. 11. 2022"). */
    private static final Pattern SPACED_DOTS =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s(\\d{4})(?!\\d)");
    /** A date in the year-month-day characters of Japanese and Chinese pages ("2022年1月10日"). */
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /**
     * A date written year first with dots, as Hungarian pages write it ("2023. március 14.", "2023. márc. 14.",
     * "2023.05.15."): the day closes with its dot.
     */
    private static final Pattern YEAR_FIRST_DOTS = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\.\\s?(?:(\\d{1,2})\\.|(\\p{L}{3,12})\\.?)\\s?(\\d{1,2})\\.(?!\\d)");
    /** A day, a short month and a year joined by dots, as Brazilian pages write it ("14.mar.2023"). */
    private static final Pattern DOTTED_MONTH = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\p{L}{3,9})\\.(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.?\\s+(\\p{L}{3,12})(?!\\p{L})");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\p{L})(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?![\\d.:])");
    /**
     * A day, month and two-digit year joined by dashes before a clock time, as Dutch and Belgian pages write their
     * datelines ("12-03-24, 18:42"): read day first, in this century; with no time after it, no date.
     */
    private static final Pattern TWO_DIGIT_YEAR_CLOCK = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})-(\\d{1,2})-(\\d{2}),?\\s+\\d{1,2}[:.]\\d{2}(?!\\d)");
    private static final Map<String, Integer> PAGE_MONTHS = Map.copyOf(pageMonths());
    /** Weekday names of the calendar table and the short forms of {@code weekday-abbreviations.txt}. */
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();
    private static final java.util.Map<String, Integer> MONTH_NAMES = CalendarNames.months(CalendarNames.languages(),
            Set.of(CalendarNames.Kind.MONTH, CalendarNames.Kind.MONTH_ABBREVIATION));

    private DateParsing() {
    }

    /** The calendar table's month names and abbreviations, and the short forms of {@code month-abbreviations.txt}. */
    private static Map<String, Integer> pageMonths() {
        Map<String, Integer> out = new HashMap<>(CalendarNames.months(CalendarNames.languages(),
                Set.of(CalendarNames.Kind.MONTH, CalendarNames.Kind.MONTH_ABBREVIATION)));
        for (List<String> row : RuleFiles.table(DateParsing.class, "month-abbreviations.txt")) {
            for (String form : row.subList(2, row.size())) {
                out.putIfAbsent(form, Integer.parseInt(row.get(1)));
            }
        }
        return out;
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
        List<Reading> out = new ArrayList<>();
        List<LocalDate> seen = new ArrayList<>();
        if (s.indexOf('年') >= 0) {
            Matcher m = CJK.matcher(s);
            while (m.find()) {
                LocalDate d = of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                if (d != null && !seen.contains(d)) {
                    seen.add(d);
                    out.add(new Reading(d, null, null));
                }
            }
        }
        if (s.indexOf('-') >= 0) {
            Matcher m = TWO_DIGIT_YEAR_CLOCK.matcher(s);
            while (m.find()) {
                LocalDate d = of(2000 + num(m.group(3)), num(m.group(2)), num(m.group(1)));
                if (d != null && !seen.contains(d)) {
                    seen.add(d);
                    out.add(new Reading(d, null, Boolean.TRUE));
                }
            }
        }
        if (s.indexOf('.') >= 0) {
            for (LocalDate d : dotted(s)) {
                if (!seen.contains(d)) {
                    seen.add(d);
                    out.add(new Reading(d, null, null));
                }
            }
        }
        for (TextDate d : READER.all(withoutSpacedDots(s))) {
            if (!seen.contains(d.date())) {
                seen.add(d.date());
                Boolean dayFirst = d.order() == TextDate.Order.DAY_FIRST ? Boolean.TRUE
                        : d.order() == TextDate.Order.MONTH_FIRST ? Boolean.FALSE : null;
                out.add(new Reading(d.date(), d.alternative(), dayFirst));
            }
        }
        return out;
    }

    /** The dates written year first with dots ("2023. március 14.") and as "14.mar.2023", in order. */
    private static List<LocalDate> dotted(String s) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = YEAR_FIRST_DOTS.matcher(s);
        while (m.find()) {
            int month = m.group(2) != null ? num(m.group(2)) : monthNamed(m.group(3));
            LocalDate d = month == 0 ? null : of(num(m.group(1)), month, num(m.group(4)));
            if (d != null) {
                out.add(d);
            }
        }
        Matcher w = DOTTED_MONTH.matcher(s);
        while (w.find()) {
            int month = monthNamed(w.group(2));
            LocalDate d = month == 0 ? null : of(num(w.group(3)), month, num(w.group(1)));
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The day and month a text names without a year ("March 14", "14. März", "14 Mar."), by the page month names;
     * null without one.
     */
    public static java.time.MonthDay monthDay(String s) {
        Matcher m = DAY_MONTH.matcher(s);
        while (m.find()) {
            int month = monthNamed(m.group(2));
            int day = num(m.group(1));
            if (month > 0 && day >= 1 && day <= java.time.YearMonth.of(2024, month).lengthOfMonth()) {
                return java.time.MonthDay.of(month, day);
            }
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            int month = monthNamed(m.group(1));
            int day = num(m.group(2));
            if (month > 0 && day >= 1 && day <= java.time.YearMonth.of(2024, month).lengthOfMonth()) {
                return java.time.MonthDay.of(month, day);
            }
        }
        return null;
    }

    private static int monthNamed(String word) {
        return PAGE_MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** The string with spaced numeric dates closed up ("2. 11. 2022" as "2.11.2022"). */
    private static String withoutSpacedDots(String s) {
        return s.indexOf(". ") < 0 ? s : SPACED_DOTS.matcher(s).replaceAll("$1.$2.$3");
    }

    /**
     * Whether the string has four digits in a row, as every supported date shape writes the year, or a two-digit
     * year's date before a clock time ("12-03-24, 18:42").
     */
    public static boolean hasYearLikeNumber(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return s.indexOf('-') > 0 && TWO_DIGIT_YEAR_CLOCK.matcher(s).find();
    }

    /**
     * The first date in a string, or null. An ambiguous numeric date ("Mon, 01/10/2022") is read month-first when
     * a weekday name in the string is the weekday of the month-first reading and not of the day-first one.
     */
    public static LocalDate first(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        List<Reading> all = readings(s);
        if (all.isEmpty()) {
            return null;
        }
        Reading r = all.get(0);
        if (r.alternative() != null) {
            Set<DayOfWeek> named = weekdaysNamed(s);
            if (named.contains(r.alternative().getDayOfWeek()) && !named.contains(r.date().getDayOfWeek())) {
                return r.alternative();
            }
        }
        return r.date();
    }

    /** The weekdays a string names, in any language of the calendar table (whole words, any case). */
    static Set<DayOfWeek> weekdaysNamed(String s) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String w : WORD.split(s.toLowerCase(Locale.ROOT))) {
            DayOfWeek d = WEEKDAYS.get(w);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** A date in a URL path (/2019/11/19/, -20191119-, /2019-11-19/ or /2019/nov/19/), or null. */
    public static LocalDate inUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL.matcher(url);
        while (m.find()) {
            int k = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
            LocalDate d = of(num(m.group(k)), num(m.group(k + 1)), num(m.group(k + 2)));
            if (d != null) {
                return d;
            }
        }
        Matcher w = URL_MONTH_WORD.matcher(url);
        while (w.find()) {
            Integer month = MONTH_NAMES.get(w.group(2).toLowerCase(java.util.Locale.ROOT));
            LocalDate d = month == null ? null : of(num(w.group(1)), month, num(w.group(3)));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Map<String, DayOfWeek> weekdayNames() {
        Map<String, DayOfWeek> out = new HashMap<>();
        for (String lang : CalendarNames.languages()) {
            out.putAll(CalendarNames.weekdays(lang));
        }
        for (List<String> row : RuleFiles.table(DateParsing.class, "weekday-abbreviations.txt")) {
            for (String form : row.subList(2, row.size())) {
                out.putIfAbsent(form, DayOfWeek.of(Integer.parseInt(row.get(1))));
            }
        }
        return Map.copyOf(out);
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

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
