package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * English seasons and parts of a month that the tagger leaves out, with TIMEX3-style values resolved against the
 * article's anchor: "last winter" 2023-WI, "next spring" 2025-SP, "this autumn" / "the summer" the season of the
 * anchor's year (its current one when it is that season), "summer 2025" 2025-SU, a season
 * of this year moved by the clause's tense ({@link WordTense}: "in the spring" in an October plan is next year's, as is
 * a season a future modal follows, "said the spring term would end"); "mid-August", "early March" the
 * month nearest the anchor, moved a year by the clause's tense where it lies on the other side. Words are rule data
 * ({@code en/seasons.txt}, {@code en/month-parts.txt}). Pure; for {@link TimexValues#all}.
 */
final class TimeSeasons {
    private static final Map<String, String> SEASONS = Lexicon.columns("seasons.txt");
    /** Where each season code starts (month), winter in the December of its year. */
    private static final Map<String, Integer> STARTS = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);
    private static final Map<String, String> FRAMES = Lexicon.columns("season-frames.txt");
    private static final Map<String, Integer> MONTHS = CalendarNames.monthWords("en");
    private static final Pattern SEASON = Pattern.compile("(?i)\\b(?:(" + words(FRAMES.keySet()) + ")\\s+)?("
            + words(SEASONS.keySet()) + ")(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?\\b");
    private static final Pattern MONTH_PART = Pattern.compile("(?i)\\b(?:" + words(Lexicon.lines("month-parts.txt"))
            + ")[- ](" + words(MONTHS.keySet()) + ")\\b");

    private TimeSeasons() {}

    /** The seasons and parts of months of {@code text}, resolved against {@code anchor}, in text order. */
    static List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = SEASON.matcher(text);
        while (m.find()) {
            String frame = m.group(1) == null ? null : FRAMES.get(m.group(1).toLowerCase(Locale.ROOT));
            String code = SEASONS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (frame == null && m.group(3) == null && !Character.isLowerCase(m.group(2).charAt(0))
                    && !opensSentenceBeforeLowerCase(text, m.start(), m.end())) {
                continue; // a capitalised bare season is a name ("Summer Street"), not one opening a sentence
            }
            if (frame == null && m.group(3) == null && "FA".equals(code)) {
                continue; // bare "fall" is the verb
            }
            if (m.group(3) == null && m.group(2).equalsIgnoreCase("fall") && text.startsWith(" of ", m.end())) {
                continue; // "the fall of the Berlin Wall" is the noun
            }
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : yearOf(code, frame, anchor);
            if (m.group(3) == null && (frame == null || frame.equals("this"))) {
                Tense after = WordTense.futureAfter(text, m.end()); // "said the spring term would end"
                year = byTense(year, code, after != null ? after : WordTense.before(text, m.start()), anchor);
            }
            out.add(new TimeValue(m.start(), m.end(), m.group(), year + "-" + code));
        }
        Matcher p = MONTH_PART.matcher(text);
        while (p.find()) {
            Integer month = MONTHS.get(p.group(1).toLowerCase(Locale.ROOT));
            if (month != null && Character.isUpperCase(p.group(1).charAt(0))) {
                LocalDate d = byTense(nearest(month, anchor), anchor, WordTense.before(text, p.start()));
                out.add(new TimeValue(p.start(), p.end(), p.group(),
                        String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(TimeValue::start));
        return out;
    }

    /** "Spring term starts on Jan. 5.": a season capitalised only because it opens its sentence, before a noun. */
    private static boolean opensSentenceBeforeLowerCase(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 3), start);
        boolean opens = start == 0 || before.matches("(?s).*(?:[.!?]\\s+|\\n)$");
        return opens && end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isLowerCase(text.charAt(end + 1));
    }

    /** The year of the season's occurrence: "last" the one before the current, "next" the one after, else this. */
    private static int yearOf(String code, String frame, LocalDate anchor) {
        LocalDate current = seasonStart(anchor);
        LocalDate thisYear = LocalDate.of(anchor.getMonthValue() <= 2 && code.equals("WI") ? anchor.getYear() - 1
                : anchor.getYear(), STARTS.get(code), 1);
        if ("last".equals(frame)) {
            LocalDate d = thisYear.isBefore(current) ? thisYear : thisYear.minusYears(1);
            return d.getYear();
        }
        if ("next".equals(frame)) {
            LocalDate d = thisYear.isAfter(current) ? thisYear : thisYear.plusYears(1);
            return d.getYear();
        }
        return thisYear.getYear();
    }

    /**
     * The year of "the spring" / "this autumn" as the clause's tense places it: a season over by the anchor is next
     * year's in a future clause ("plans to plant trees in the spring" in October), one not yet begun last year's in a
     * past clause.
     */
    private static int byTense(int year, String code, Tense tense, LocalDate anchor) {
        LocalDate start = LocalDate.of(year, STARTS.get(code), 1);
        if (tense == Tense.FUTURE && !start.plusMonths(3).isAfter(anchor)) {
            return year + 1;
        }
        return tense == Tense.PAST && start.isAfter(anchor) ? year - 1 : year;
    }

    /**
     * A month nearest the anchor moved by the clause's tense: a year on when a future clause names one gone by ("exams
     * begin in mid-May" in September), a year back when a past clause names one ahead.
     */
    private static LocalDate byTense(LocalDate month, LocalDate anchor, Tense tense) {
        LocalDate current = anchor.withDayOfMonth(1);
        if (tense == Tense.FUTURE && month.isBefore(current)) {
            return month.plusYears(1);
        }
        return tense == Tense.PAST && month.isAfter(current) ? month.minusYears(1) : month;
    }

    /** The first day of the season the anchor falls in (winter opens in December). */
    private static LocalDate seasonStart(LocalDate anchor) {
        int m = anchor.getMonthValue();
        int start = m <= 2 ? 12 : m == 12 ? 12 : m - (m % 3);
        int year = m <= 2 ? anchor.getYear() - 1 : anchor.getYear();
        return LocalDate.of(year, start, 1);
    }

    /** The first day of {@code month} in the year before, of or after the anchor's, whichever is nearest. */
    private static LocalDate nearest(int month, LocalDate anchor) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, 15);
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return best.withDayOfMonth(1);
    }

    private static String words(java.util.Collection<String> words) {
        return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }
}
