package org.dossier.anchor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit calendar dates written in a text (ISO dates and timestamps, full dates, weekday-checked month-days),
 * read on a given day: a weekday-checked month-day is never placed after that day. Text only, no parser: the
 * anchor policy's evidence of the dates an article states.
 */
final class StatedDates {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern WEEKDAY_MONTH_DAY = Pattern.compile(
            "\\b" + WEEKDAY + ",?\\s+(?:" + MONTH + "\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ")"
                    + "(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})");
    private static final String MONTH_NAME = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})"
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + "(?![a-z])(?!,?\\s+\\d{4})");
    private static final Pattern NEAR_REFS = Pattern.compile(
            "\\b(on|this|last|next) " + WEEKDAY + "\\b|\\bthis week\\b|\\btoday\\b|\\byesterday\\b|\\btomorrow\\b"
                    + "|\\btonight\\b|\\bthis morning\\b");

    private final LocalDate today;

    /** A reader for which {@code today} is the latest date a weekday-checked month-day may fall on. */
    StatedDates(LocalDate today) {
        this.today = today;
    }

    /** Dates the text states outright, in text order; a weekday with month and day takes the matching year nearest {@code ref}. */
    List<LocalDate> find(String text, LocalDate ref) {
        String lower = text.toLowerCase(Locale.ROOT);
        TreeMap<Integer, LocalDate> out = new TreeMap<>();
        Matcher m = ISO.matcher(lower);
        while (m.find()) {
            add(out, m.start(), num(m, 1), num(m, 2), num(m, 3));
        }
        m = MONTH_DAY_YEAR.matcher(lower);
        while (m.find()) {
            add(out, m.start(), num(m, 3), month(m.group(1)), num(m, 2));
        }
        m = DAY_MONTH_YEAR.matcher(lower);
        while (m.find()) {
            add(out, m.start(), num(m, 3), month(m.group(2)), num(m, 1));
        }
        m = WEEKDAY_MONTH_DAY.matcher(lower);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int mon = month(m.group(2) != null ? m.group(2) : m.group(5));
            int dom = num(m, m.group(3) != null ? 3 : 4);
            LocalDate d = weekdayYear(day, mon, dom, ref);
            if (d != null) {
                out.put(m.start(), d);
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Every calendar day the text names: the dates of {@link #find} and also month-days without a year ("January
     * 12"), which take the year nearest {@code ref}. For comparing articles, not for dating one.
     */
    Set<LocalDate> statedDays(String text, LocalDate ref) {
        Set<LocalDate> out = new LinkedHashSet<>(find(text, ref));
        Matcher m = MONTH_DAY.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            boolean monthFirst = m.group(1) != null;
            int mon = month(monthFirst ? m.group(1) : m.group(4));
            int dom = num(m, monthFirst ? 2 : 3);
            LocalDate best = null;
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                if (dom >= 1 && dom <= YearMonth.of(y, mon).lengthOfMonth()) {
                    LocalDate d = LocalDate.of(y, mon, dom);
                    if (best == null || Math.abs(ChronoUnit.DAYS.between(ref, d))
                            < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
                        best = d;
                    }
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** The phrases that place events near the writing date ("on Monday", "this week", "yesterday"). */
    static List<String> nearReferences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NEAR_REFS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The date with that month and day falling on {@code day} nearest {@code ref} (±6 years), never after today. */
    private LocalDate weekdayYear(DayOfWeek day, int mon, int dom, LocalDate ref) {
        LocalDate best = null;
        for (int y = ref.getYear() - 6; y <= ref.getYear() + 6; y++) {
            if (dom > YearMonth.of(y, mon).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, mon, dom);
            if (d.getDayOfWeek() == day && !d.isAfter(today)
                    && (best == null || Math.abs(ChronoUnit.DAYS.between(ref, d))
                    < Math.abs(ChronoUnit.DAYS.between(ref, best)))) {
                best = d;
            }
        }
        return best;
    }

    private static void add(TreeMap<Integer, LocalDate> out, int pos, int y, int mon, int dom) {
        if (mon >= 1 && mon <= 12 && dom >= 1 && y > 1900 && dom <= YearMonth.of(y, mon).lengthOfMonth()) {
            out.put(pos, LocalDate.of(y, mon, dom));
        }
    }

    private static int month(String name) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3)) / 3 + 1;
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
