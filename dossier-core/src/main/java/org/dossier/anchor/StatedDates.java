package org.dossier.anchor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.CalendarNames;
import org.dossier.text.DateForms;
import org.dossier.text.MonthWords;
import org.dossier.text.TextDate;
import org.dossier.text.TextDates;

/**
 * Explicit calendar dates written in a text (ISO dates and timestamps, full dates — read by the text layer's
 * {@link TextDates} — and weekday-checked month-days), read on a given day: a weekday-checked month-day is never
 * placed after that day. Text only, no parser: the anchor policy's evidence of the dates an article states.
 */
final class StatedDates {
    /**
     * The forms of stated dates: English month words (a word opening with a month's stem, the text in lower
     * case), ISO dates, "March 8, 2025", "8th March, 2025"; years after 1900.
     */
    private static final DateForms FORMS = new DateForms(MonthWords.stems("en"), DateForms.ANY_YEAR, 1901,
            Integer.MAX_VALUE, true, true, false, true, false, false, DateForms.Numeric.NONE, false);
    private static final TextDates READER = new TextDates(FORMS);
    /** Month by the first three letters of an English month word. */
    private static final Map<String, Integer> STEMS = stems();
    private static final Map<String, DayOfWeek> WEEKDAYS = CalendarNames.weekdays("en");
    private static final String MONTH = "(" + CalendarNames.alternation(CalendarNames.monthStems("en").keySet())
            + ")[a-z]*\\.?";
    private static final String ORDINAL = CalendarNames.alternation(CalendarNames.ordinalSuffixes());
    private static final String WEEKDAY = "(" + CalendarNames.alternation(WEEKDAYS.keySet()) + ")";
    private static final Pattern WEEKDAY_MONTH_DAY = Pattern.compile(
            "\\b" + WEEKDAY + ",?\\s+(?:" + MONTH + "\\s+(\\d{1,2})|(\\d{1,2})" + ORDINAL + "?\\s+" + MONTH + ")"
                    + ORDINAL + "?\\b(?!,?\\s+\\d{4})");
    private static final String MONTH_NAME = "(" + CalendarNames.alternation(CalendarNames.monthWords("en").keySet())
            + ")\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH_NAME + "\\s+(\\d{1,2})" + ORDINAL + "?\\b(?!,?\\s+\\d{4})"
            + "|\\b(\\d{1,2})" + ORDINAL + "?\\s+(?:of\\s+)?" + MONTH_NAME + "(?![a-z])(?!,?\\s+\\d{4})");
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
        for (TextDate d : READER.all(lower)) {
            out.put(d.start(), d.date());
        }
        Matcher m = WEEKDAY_MONTH_DAY.matcher(lower);
        while (m.find()) {
            DayOfWeek day = WEEKDAYS.get(m.group(1));
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

    private static int month(String name) {
        return STEMS.get(name.substring(0, 3));
    }

    private static Map<String, Integer> stems() {
        Map<String, Integer> out = new HashMap<>();
        CalendarNames.monthStems("en").forEach((stem, month) -> out.put(stem.substring(0, 3), month));
        return Map.copyOf(out);
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
