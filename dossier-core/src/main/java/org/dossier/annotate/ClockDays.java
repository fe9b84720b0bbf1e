package org.dossier.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * The day of a clock time that names none beside it, for {@link ClockTimes}: the day of the clock that ends its range
 * ("from 9 a.m. to 5 p.m. on Saturday": 9 a.m. on Saturday), else the day named last before it in its own sentence
 * or the one before ("The station opens on Saturday. Counting starts at 6 p.m."), passing over a day that owns a
 * noun ("Thursday's countdown"); else, for a clock whose clause does not speak of the future ({@link WordTense}),
 * the day named last before it further back when that day lies in the week before the article's (a past race's
 * "9.35am" and "by midday" a few sentences after "on Sunday"), passing over a day in brackets (a clock's conversion,
 * "(1917 GMT on Sunday)"), a part of a day ("through the night") and a clock the tagger put on the article's day; null
 * when there is none (the anchor's day then). Pure.
 */
final class ClockDays {
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:T.*)?$");
    /** The words between the two ends of a clock range. */
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:to|until|till|and|-|\u2013)\\s*");
    /** The end of a sentence: a stop, then space before a capital or an opening quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201d\u2019]?\\s+(?=[\\p{Lu}\"\u201c])");

    /** "Thursday's countdown": a day owning a noun names a thing of that day, not the day the text has come to. */
    private static final Pattern OWNED = Pattern.compile("['\u2019]s\\b");

    /** A part of a day ("2024-06-15TNI"): no day the text names. */
    private static final Pattern PART = Pattern.compile("T\\p{Lu}");
    /** How many days before the article a past day named further back may lie to give a clock its day. */
    private static final int PAST_DAYS = 7;

    /** A clock's lead word ({@code en/clock-words.txt}) just before it. */
    private static final Pattern LEAD = Pattern.compile("(?i)\\b(?:" + String.join("|", org.dossier.rules.RuleFiles
            .table(Lexicon.class, "en", "clock-words.txt").stream().filter(r -> r.get(0).equals("lead"))
            .map(r -> Pattern.quote(r.get(1))).toList()) + ")\\s+$");

    private ClockDays() {}

    /** Whether {@code v} is a clock the tagger put on the article's day, not yet joined to a day of its own. */
    private static boolean taggerClock(TimeValue v, Matcher d, LocalDate anchor) {
        return v.value().contains("T") && d.group(1).equals(anchor.toString());
    }

    /**
     * Where the clock at {@code start} begins with its lead word ("shortly before 6pm": "before", a cue of the
     * future of its own, tells nothing of the clause's tense).
     */
    private static int leadStart(String text, int start) {
        Matcher m = LEAD.matcher(text.substring(Math.max(0, start - 16), start));
        return m.find() ? Math.max(0, start - 16) + m.start() : start;
    }

    /** Whether {@code pos} lies inside brackets. */
    private static boolean bracketed(String text, int pos) {
        return text.lastIndexOf('(', pos) > text.lastIndexOf(')', pos);
    }

    /** The day, as {@code 2024-06-15}, that the clock at [start, end) of {@code text} is on; null for none. */
    static String dayBefore(String text, int start, int end, List<TimeValue> found, LocalDate anchor) {
        Matcher range = RANGE.matcher(text.substring(end));
        if (range.find() && range.end() > 0) {
            int next = end + range.end();
            for (TimeValue v : found) {
                Matcher d = DAY.matcher(v.value());
                if (v.start() == next && d.matches() && v.value().contains("T")) {
                    return d.group(1);
                }
            }
        }
        int from = sentenceStart(text, sentenceStart(text, start) - 1);
        String day = null;
        for (TimeValue v : found) {
            Matcher d = DAY.matcher(v.value());
            if (v.start() >= from && v.end() <= start && d.matches() && !OWNED.matcher(text).region(v.end(),
                    text.length()).lookingAt() && !(anchor != null && taggerClock(v, d, anchor))) {
                day = d.group(1);
            }
        }
        return day != null || anchor == null ? day : pastDay(text, start, from, found, anchor);
    }

    /** The day named last before {@code from}, when it lies before {@code anchor} and the clock's clause is no future. */
    private static String pastDay(String text, int start, int from, List<TimeValue> found, LocalDate anchor) {
        String day = null;
        for (TimeValue v : found) {
            Matcher d = DAY.matcher(v.value());
            if (v.end() <= from && d.matches() && !OWNED.matcher(text).region(v.end(), text.length()).lookingAt()
                    && !PART.matcher(v.value()).find() && !bracketed(text, v.start())
                    && !taggerClock(v, d, anchor)) {
                day = d.group(1);
            }
        }
        if (day == null || !LocalDate.parse(day).isBefore(anchor) || LocalDate.parse(day).isBefore(anchor.minusDays(
                PAST_DAYS)) || WordTense.before(text, leadStart(text, start)) == Tense.FUTURE) {
            return null;
        }
        return day;
    }

    /** Where the sentence holding {@code pos} starts. */
    private static int sentenceStart(String text, int pos) {
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.end() <= pos) {
            start = m.end();
        }
        return start;
    }
}
