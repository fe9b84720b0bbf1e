package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeMention;
import org.dossier.text.CalendarNames;

/**
 * Resolves SUTime's date expressions against the anchor, with the news conventions SUTime misses: a bare
 * weekday is the last such day for past-tense reports and the next for announcements ("next Tuesday" on a
 * Tuesday a week ahead); a month named alone is the last one
 * for the past and the next one for the future; a weekend the past tense places before the article is the one
 * just gone; a month and day without a year take the year nearest the anchor ("next year" moves it); "in three
 * days" is a day ahead unless a negation or superlative makes it a stretch up to now ("not in forty years").
 * Durations, sets and vague references are dropped here ({@link TimexValues#all} gives durations and sets their
 * values). Which weekday, month or year a tense points to is {@link TenseCalendar}'s choice.
 */
public final class TimeResolver {
    /** How far before the anchor a nearest month and day of a future clause must lie to be next year's. */
    private static final int TENSE_MARGIN_DAYS = 60;
    private static final Set<String> KINDS = Set.of("DATE", "TIME");
    /** English weekdays and month stems ("jan", "sept"), from the text layer's calendar table. */
    private static final Map<String, DayOfWeek> WEEKDAYS = CalendarNames.weekdays("en");
    private static final Map<String, Integer> MONTH_STEMS = CalendarNames.monthStems("en");
    private static final String STEM = "(" + CalendarNames.alternation(MONTH_STEMS.keySet()) + ")";
    private static final String ORDINAL = CalendarNames.alternation(CalendarNames.ordinalSuffixes()) + "?";
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(" + CalendarNames.alternation(WEEKDAYS.keySet()) + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + STEM + "[a-z]*\\.?\\s+(\\d{1,2})" + ORDINAL + "\\b"
                    + "|\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + STEM + "[a-z]*\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    /** A clock time ("2:30 p.m.", "10am", "09:15"): digits that do not make a weekday's expression a date. */
    private static final Pattern CLOCK = Pattern.compile(
            "\\b\\d{1,2}(?:[:.]\\d{2})?\\s?[ap]\\.?\\s?m\\b\\.?|\\b\\d{1,2}:\\d{2}\\b");
    /** The word before a number, an abbreviation with inner stops kept whole ("H.R. 1968": "H.R"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+(?:\\.\\p{L}+)*)\\.?\\s+$");
    private static final Set<String> NUMBER_LABELS = Set.copyOf(Lexicon.lines("number-labels.txt"));
    /** A framed weekday just before "and" / "or" / "to" ("next thursday and "). */
    private static final Pattern JOINED_WEEKDAY = Pattern.compile("\\b((?:next|last|this|on)\\s+"
            + "(?:" + CalendarNames.alternation(WEEKDAYS.keySet()) + "))\\s+(?:and|or|to|through)\\s+$");
    private static final Pattern MONTH_NAME = Pattern.compile("\\b" + STEM + "[a-z]*\\b");
    /** "October 2020": a month and its year inside a longer span. */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + STEM + "[a-z]*\\.?\\s+((?:1[89]|20)\\d\\d)\\b");
    /** "the first quarter": an ordinal that names a quarter is no vague reference. */
    private static final Pattern QUARTER = Pattern.compile("\\bquarter\\b");
    /** A month named alone ("in September", "early June"): its year follows the tense. */
    private static final Pattern BARE_MONTH = Pattern.compile(
            "^(?:(?:in|early|mid|late|in early|in late|by|until)[\\s-]+)?" + STEM + "[a-z]*\\.?$");
    /** "next year", "last year", "this year" after a month and day. */
    private static final Pattern YEAR_SHIFT = Pattern.compile("\\b(next|last|this)\\s+year\\b");

    private static final List<List<String>> NIGHT_ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "night-words.txt");
    /** A night word alone ("overnight", "the night"). */
    private static final Pattern NIGHT = Pattern.compile("^(?:the\\s+)?(?:" + nightWords("night") + ")$");
    /** "into Thursday" after a night word: the day the night ends in. */
    private static final Pattern INTO_WEEKDAY = Pattern.compile("^\\s+(?:" + nightWords("into") + ")\\s+("
            + CalendarNames.alternation(WEEKDAYS.keySet()) + ")\\b");
    /** "Saturdays": a weekday in the plural is a set ({@link TimeSpans}), no day. */
    private static final Pattern PLURAL_WEEKDAY = Pattern.compile(
            "^(?:on\\s+)?(?:" + CalendarNames.alternation(WEEKDAYS.keySet()) + ")s$");

    private static final List<List<String>> LEAD_ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "weekday-leads.txt");
    /** A capitalised word before a weekday that is no frame: a named day ("Easter Sunday", "Good Friday"). */
    private static final Pattern NAMED_WEEKDAY = Pattern.compile("\\b(?!(?i:" + leads("frame") + ")\\b)\\p{Lu}\\p{L}+\\s+(?i:"
            + CalendarNames.alternation(WEEKDAYS.keySet()) + ")\\b");
    /** "last about a week": "last" as the verb. */
    private static final Pattern LAST_VERB = Pattern.compile("^last\\s+(?:" + leads("verb-after") + ")\\b.*");
    private static final Pattern SET_WORD = Pattern.compile("\\b(?:" + CalendarNames.alternation(org.dossier.rules.RuleFiles
            .table(Lexicon.class, "en", "time-sets.txt").stream().filter(r -> r.get(0).equals("quantifier"))
            .map(r -> r.get(1)).toList()) + ")\\b");
    private static final Pattern SEASON_WORD = Pattern.compile("\\b(?:" + CalendarNames.alternation(
            Lexicon.columns("seasons.txt").keySet()) + ")\\b");
    private static final Pattern FRAMED_UNIT = Pattern.compile("\\b(next|last|this)\\s+(week|month|year)\\b");

    private final AnnotatedText doc;
    private final LocalDate anchor;
    private final LocalDate today;
    private final TenseCalendar calendar;
    private final TimeOffsets offsets;

    /**
     * Resolves {@code doc}'s times against {@code anchor}; without an anchor, a month and day take the year
     * nearest {@code today} and a bare weekday is read from SUTime's value.
     */
    public TimeResolver(AnnotatedText doc, LocalDate anchor, LocalDate today) {
        this.doc = doc;
        this.anchor = anchor;
        this.today = today;
        this.calendar = new TenseCalendar(doc, anchor, today);
        this.offsets = new TimeOffsets(doc, anchor, calendar);
    }

    /** Time mentions of SUTime's DATE and TIME expressions, in text order. */
    public List<TimeMention> resolve(List<CoreMap> timexes) {
        List<TimeMention> out = new ArrayList<>();
        for (CoreMap m : timexes) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                continue;
            }
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (doc.text().substring(start, end).matches("\\d+") && afterLabel(start)) {
                continue; // "Model 1850": no year, nor one read inside it below
            }
            TimeMention t = KINDS.contains(timex.timexType()) ? resolve(start, end, timex.value())
                    : "DURATION".equals(timex.timexType()) ? offsets.offset(start, end) : null;
            if (t == null) {
                t = inside(start, end, "DURATION".equals(timex.timexType())); // "in five years on Sunday"
            }
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    TimeMention resolve(int start, int end, String value) {
        String text = doc.text().substring(start, end);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d+") && afterLabel(start)) {
            return null; // "Flight 1549", "Route 66": a number that names a thing
        }
        if (PLURAL_WEEKDAY.matcher(lower).matches() || LAST_VERB.matcher(lower).matches()) {
            return null;
        }
        if (NIGHT.matcher(lower).matches() && anchor != null) {
            TimeMention night = night(text, start, end, lower);
            if (night != null) {
                return night;
            }
        }
        int from = TimeOffsets.stretchFrom(lower, doc.text().substring(Math.max(0, start - 12), start)
                .toLowerCase(Locale.ROOT));
        if (from > 0) {
            return resolve(start + from, end, null); // "for 48 hours from Tuesday": the Tuesday (and the duration)
        }
        if (TimeOffsets.isClockShift(lower)) {
            return null; // "less than 10 minutes later": the duration, no day
        }
        if (TimeOffsets.isAgo(lower)) {
            return offsets.ago(text, start, end);
        }
        if (isVague(lower) && !QUARTER.matcher(lower).find()) {
            return null;
        }
        Matcher md = MONTH_DAY.matcher(lower);
        Matcher wd = WEEKDAY.matcher(lower);
        boolean hasWeekday = wd.find();
        if (md.find() && !YEAR.matcher(lower).find()) {
            LocalDate d = calendar.monthDay(md.group(1) != null ? md.group(1) : md.group(4),
                    Integer.parseInt(md.group(2) != null ? md.group(2) : md.group(3)),
                    hasWeekday ? WEEKDAYS.get(wd.group(1)) : null);
            Matcher shift = YEAR_SHIFT.matcher(lower);
            Integer named = hasWeekday ? null : calendar.sentenceYear(start);
            if (d != null && shift.find() && (anchor != null || today != null)) {
                int year = (anchor != null ? anchor : today).getYear()
                        + switch (shift.group(1)) { case "next" -> 1; case "last" -> -1; default -> 0; };
                d = d.withYear(year);
            } else if (d != null && named != null && !(d.getMonthValue() == 2 && d.getDayOfMonth() == 29)) {
                d = d.withYear(named); // "Last year the holy month began on March 11"
            } else if (d != null && !hasWeekday && anchor != null) {
                d = byTense(d, tenseAt(start, end, lower));
            }
            return d == null ? null : mention(text, start, end, d, "day");
        }
        Matcher bare = BARE_MONTH.matcher(lower);
        if (bare.matches() && anchor != null) {
            int month = MONTH_STEMS.get(bare.group(1));
            Integer named = calendar.sentenceYear(start);
            LocalDate first = named != null ? LocalDate.of(named, month, 1)
                    : calendar.month(month, tenseAt(start, end, lower));
            return mention(text, start, end, first, "month");
        }
        if (hasWeekday && !CLOCK.matcher(ElapsedTimes.ELAPSED.matcher(lower).replaceAll("")).replaceAll("")
                .matches(".*\\d.*") && anchor != null
                && !(value != null && NAMED_WEEKDAY.matcher(text).find())) {
            DayOfWeek day = WEEKDAYS.get(wd.group(1));
            LocalDate joined = lower.equals(wd.group(1)) ? coordinatedWeekday(start, day) : null;
            if (joined != null) {
                return mention(text, start, end, joined, "day");
            }
            Tense tense = tenseAt(start, end, lower);
            LocalDate d = calendar.weekday(day, tense);
            if (d.equals(anchor) && lower.matches("(?s).*\\b(next|last)\\b.*")) {
                d = tense == Tense.FUTURE ? d.plusWeeks(1) : d.minusWeeks(1); // "next Tuesday" on a Tuesday
            }
            return mention(text, start, end, d, "day");
        }
        TimeMention t = value == null ? null : TaggerValues.read(text, start, end, doc.sentenceAt(start), value);
        if (t != null && anchor != null && t.precision().equals("day")
                && !CLOCK.matcher(lower).replaceAll("").matches("(?s).*\\d.*")) { // "4 a.m. on New Year's Day" too
            t = namedDay(t, start, end, lower);
        }
        return t != null && lower.contains("weekend") && anchor != null ? weekend(t, start, end, lower) : t;
    }

    /**
     * A month and day nearest the anchor moved to next year's where its clause speaks of the future and the nearest
     * lies well before the anchor: "classes will start on Aug. 31" in November (a few weeks back stay: "was due on
     * Dec. 20" read on Jan. 5). A past clause moves none back: it often sets a day ahead ("set a trial date of Oct.
     * 14" in June).
     */
    private LocalDate byTense(LocalDate d, Tense tense) {
        if (tense == Tense.FUTURE && d.isBefore(anchor.minusDays(TENSE_MARGIN_DAYS)) && !isLeapDay(d)) {
            return d.plusYears(1);
        }
        return d;
    }

    private static boolean isLeapDay(LocalDate d) {
        return d.getMonthValue() == 2 && d.getDayOfMonth() == 29;
    }

    /**
     * A day named without digits, weekday or month ("New Year's Day", "Christmas Eve"), which SUTime places in the
     * anchor's year: a year later when the clause speaks of the future and that day is past, a year earlier when it
     * speaks of the past and the day is ahead. The days next to the anchor ("tomorrow") stay.
     */
    private TimeMention namedDay(TimeMention t, int start, int end, String lower) {
        long away = ChronoUnit.DAYS.between(anchor, t.date());
        if (Math.abs(away) < 2 || WEEKDAY.matcher(lower).find() || MONTH_NAME.matcher(lower).find()) {
            return t;
        }
        Tense tense = tenseAt(start, end, lower);
        if (tense == Tense.FUTURE && away < 0) {
            return mention(t.text(), start, end, t.date().plusYears(1), "day");
        }
        if (tense == Tense.PAST && away > 0) {
            return mention(t.text(), start, end, t.date().minusYears(1), "day");
        }
        return t;
    }

    /**
     * The day of a night named alone: the day before the weekday it runs into ("overnight into Thursday"), the day
     * before the anchor when the clause reports the past, else null (the tagger's reading stands).
     */
    private TimeMention night(String text, int start, int end, String lower) {
        Matcher into = INTO_WEEKDAY.matcher(doc.text().substring(end, Math.min(doc.text().length(), end + 24))
                .toLowerCase(Locale.ROOT));
        if (into.find()) {
            TimeMention day = resolve(end + into.start(1), end + into.end(1), null);
            return day == null ? null : mention(text, start, end, day.date().minusDays(1), "day");
        }
        return tenseAt(start, end, lower) == Tense.PAST ? mention(text, start, end, anchor.minusDays(1), "day") : null;
    }

    private static String leads(String kind) {
        return CalendarNames.alternation(LEAD_ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1))
                .toList());
    }

    private static String nightWords(String kind) {
        return CalendarNames.alternation(NIGHT_ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1))
                .toList());
    }

    /** Whether the word just before {@code start} is a noun a number names a thing after ("Flight", "Route"). */
    private boolean afterLabel(int start) {
        Matcher m = WORD_BEFORE.matcher(doc.text().substring(Math.max(0, start - 24), start));
        return m.find() && NUMBER_LABELS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The day a weekday joined by "and" / "or" / "to" to a weekday just before it names: the first such day after
     * that one ("next Thursday and Friday": the Friday after next Thursday), or null when none stands before it.
     */
    private LocalDate coordinatedWeekday(int start, DayOfWeek day) {
        Matcher m = JOINED_WEEKDAY.matcher(doc.text().substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        int base = Math.max(0, start - 40);
        TimeMention before = resolve(base + m.start(1), base + m.end(1), null);
        return before == null ? null : before.date().with(TemporalAdjusters.next(day));
    }

    /** A weekend the tense places before the article ("helped this weekend" on a Tuesday: the one just past). */
    private TimeMention weekend(TimeMention t, int start, int end, String lower) {
        LocalDate saturday = t.date().with(DayOfWeek.SATURDAY);
        if (saturday.isAfter(anchor) && tenseAt(start, end, lower) == Tense.PAST) {
            return mention(t.text(), start, end, t.date().minusWeeks(1), "week");
        }
        return t;
    }

    /**
     * The time a span that gives no date as a whole holds: a weekday ("… in five years on Sunday", "Friday, two years
     * after") unless the span is a set ("every Monday"), a framed week, month or year ("a day next week"), a month named alone
     * ("10 days in April"), a month with its year ("October 2020") or a year ("the final three months of 2023", not in a season's span), resolved alone; null when it holds none.
     */
    private TimeMention inside(int start, int end, boolean duration) {
        String lower = doc.text().substring(start, end).toLowerCase(Locale.ROOT);
        if (anchor == null) {
            return null;
        }
        boolean set = !duration && SET_WORD.matcher(lower).find(); // "every Monday" is the set, no day in it
        Matcher m = WEEKDAY.matcher(lower);
        if (!set && m.find()) {
            return resolve(start + m.start(1), start + m.end(1), null);
        }
        m = FRAMED_UNIT.matcher(lower);
        if (m.find()) {
            int shift = switch (m.group(1)) { case "next" -> 1; case "last" -> -1; default -> 0; };
            String sub = doc.text().substring(start + m.start(), start + m.end());
            return switch (m.group(2)) {
                case "week" -> mention(sub, start + m.start(), start + m.end(),
                        anchor.plusWeeks(shift).with(DayOfWeek.MONDAY), "week");
                case "month" -> mention(sub, start + m.start(), start + m.end(),
                        anchor.plusMonths(shift).withDayOfMonth(1), "month");
                default -> mention(sub, start + m.start(), start + m.end(),
                        anchor.plusYears(shift).withDayOfYear(1), "year");
            };
        }
        m = MONTH_DAY.matcher(lower);
        if (m.find() && Character.isUpperCase(doc.text().charAt(start + (m.group(1) != null ? m.start(1) : m.start(4))))) {
            return resolve(start + m.start(), start + m.end(), null); // "for 36 months from 1 July": the day
        }
        m = MONTH_NAME.matcher(lower);
        if (m.find() && !lower.substring(m.end()).matches("(?s)\\.?\\s*\\d.*")
                && Character.isUpperCase(doc.text().charAt(start + m.start()))) {
            return resolve(start + m.start(), start + m.end(), null);
        }
        m = MONTH_YEAR.matcher(lower);
        if (m.find() && Character.isUpperCase(doc.text().charAt(start + m.start()))) { // "in October 2020, and two years"
            return mention(doc.text().substring(start + m.start(), start + m.end()), start + m.start(), start + m.end(),
                    LocalDate.of(Integer.parseInt(m.group(2)), MONTH_STEMS.get(m.group(1)), 1), "month");
        }
        m = YEAR.matcher(lower);
        if (m.find() && !SEASON_WORD.matcher(lower).find()) { // "the summer of 2019" is a season (TimeSeasons)
            return mention(doc.text().substring(start + m.start(), start + m.end()), start + m.start(),
                    start + m.end(), LocalDate.of(Integer.parseInt(m.group()), 1, 1), "year");
        }
        return null;
    }

    private Tense tenseAt(int start, int end, String lower) {
        return calendar.tenseAt(start, end, lower);
    }

    private static boolean isVague(String lower) {
        for (String w : lower.split("[^a-z]+")) {
            if (Lexicon.VAGUE_TIME_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private TimeMention mention(String text, int start, int end, LocalDate date, String precision) {
        return new TimeMention(text, start, end, date, precision, doc.sentenceAt(start));
    }
}
