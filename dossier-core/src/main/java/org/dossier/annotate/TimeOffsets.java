package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeMention;
import org.dossier.text.CalendarNames;

/**
 * English spans counted from the anchor, for {@link TimeResolver}: "two weeks ago" the week that far back, "in three
 * days" the day that far ahead unless a negation, "first" or a superlative makes it a stretch up to now ("not in forty
 * years", "the lowest in 20 years"), a counted noun before the "in" makes it the stretch they fill ("six matches in
 * 23 days") or the clause reports the past ("has drawn 40,000 visitors in three weeks"). Counts
 * and the words that keep a span a stretch are rule data ({@code en/number-words.txt}, {@code en/span-not-offset.txt}).
 */
final class TimeOffsets {
    private static final Map<String, String> NUMBER_WORDS = Lexicon.columns("number-words.txt");
    private static final String COUNT = "(\\d{1,3}|" + CalendarNames.alternation(NUMBER_WORDS.keySet()) + ")";
    /** "two weeks ago", "3 days ago": a counted span before the anchor. */
    private static final Pattern AGO = Pattern.compile(COUNT + "\\s+(day|week|month|year)s?\\s+ago");
    /** "three days", "2 weeks": a counted span (a date when "in" stands before it). */
    private static final Pattern SPAN = Pattern.compile(COUNT + "\\s+(day|week|month|year)s?");
    private static final Set<String> UP_TO_NOW = Set.copyOf(Lexicon.lines("span-not-offset.txt"));
    /** Units of a clock's reach ({@code en/time-units.txt}: minutes and hours), whose shifts name no day. */
    private static final List<String> CLOCK_UNITS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "time-units.txt").stream().filter(r -> r.get(1).equals("MIN") || r.get(1).equals("H"))
            .map(r -> r.get(0)).toList();
    /** "20 minutes later", "about three hours earlier" ({@code en/later-words.txt}): a clock shifted, no day. */
    private static final Pattern CLOCK_SHIFT = Pattern.compile("\\b(?:\\d[\\d.,]*|an?|" + CalendarNames.alternation(
            NUMBER_WORDS.keySet()) + ")\\s+(?:" + CalendarNames.alternation(CLOCK_UNITS) + ")s?\\s+(?:"
            + CalendarNames.alternation(Lexicon.columns("later-words.txt").keySet()) + ")\\b");

    /** "72 hours from Thursday": a counted span from a day. */
    private static final Pattern STRETCH_FROM = Pattern.compile("(?:\\d{1,3}|an?|" + CalendarNames.alternation(
            NUMBER_WORDS.keySet()) + ")\\s+(?:" + CalendarNames.alternation(org.dossier.rules.RuleFiles.table(
            Lexicon.class, "en", "time-units.txt").stream().map(r -> r.get(0)).toList()) + ")s?\\s+from\\s+(\\S.*)");
    private static final Pattern STRETCH_LEAD = Pattern.compile("(?:^|[^\\p{L}])(?:" + CalendarNames.alternation(
            Lexicon.lines("duration-leads.txt")) + ")\\s+$");

    private final AnnotatedText doc;
    private final LocalDate anchor;
    private final TenseCalendar tenses;

    TimeOffsets(AnnotatedText doc, LocalDate anchor, TenseCalendar tenses) {
        this.doc = doc;
        this.anchor = anchor;
        this.tenses = tenses;
    }

    /**
     * Whether {@code lower} shifts a clock by minutes or hours ("less than 10 minutes later"): no day counted from
     * the article (the clock it lands on is not given); its duration is read as such ({@link TimeSpans}).
     */
    static boolean isClockShift(String lower) {
        return CLOCK_SHIFT.matcher(lower).find();
    }

    /**
     * Where the day of "72 hours from Thursday" starts in {@code lower} when a duration's lead
     * ({@code en/duration-leads.txt}: "for", "over") stands before it in {@code before}: the stretch is its duration
     * and that first day, not the day it ends on; -1 for none.
     */
    static int stretchFrom(String lower, String before) {
        Matcher m = STRETCH_FROM.matcher(lower);
        return m.matches() && STRETCH_LEAD.matcher(before).find() ? m.start(1) : -1;
    }

    /** Whether {@code lower} is a counted span before the anchor ("two weeks ago"). */
    static boolean isAgo(String lower) {
        return AGO.matcher(lower).matches();
    }

    /** The day, week, month or year a span "N units ago" at [start, end) names; null without an anchor. */
    TimeMention ago(String text, int start, int end) {
        Matcher m = AGO.matcher(text.toLowerCase(Locale.ROOT));
        return anchor == null || !m.matches() ? null : shifted(text, start, end, -count(m.group(1)), m.group(2));
    }

    /** "in three days": a counted span after "in" is the day (week, month, year) that far after the anchor. */
    TimeMention offset(int start, int end) {
        String text = doc.text().substring(start, end);
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = SPAN.matcher(lower);
        String before = doc.text().substring(Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
        if (anchor == null || !m.matches() || !before.matches("(^|.*[^\\p{L}])in ") || upToNow(start) || counted(start)
                || tenses.tenseAt(start, end, lower) == Tense.PAST) {
            return null;
        }
        return shifted(text, start, end, count(m.group(1)), m.group(2));
    }

    /**
     * "six matches in 23 days": a counted plural noun just before the "in" makes the span the stretch those things
     * fill, no day that far ahead.
     */
    private boolean counted(int start) {
        List<TaggedToken> toks = doc.toks();
        int in = -1;
        for (int i = 0; i < toks.size() && toks.get(i).begin() < start; i++) {
            in = i;
        }
        return in >= 2 && toks.get(in).lower().equals("in") && "NNS".equals(toks.get(in - 1).pos())
                && "CD".equals(toks.get(in - 2).pos()) && toks.get(in - 2).sentence() == toks.get(in).sentence();
    }

    /** "not in forty years", "the lowest in 20 years": a negation, "first" or a superlative before the "in". */
    private boolean upToNow(int start) {
        List<TaggedToken> toks = doc.toks();
        int sentence = doc.sentenceAt(start);
        int seen = 0;
        for (int i = toks.size() - 1; i >= 0 && seen < 6; i--) {
            TaggedToken t = toks.get(i);
            if (t.begin() >= start || t.sentence() != sentence) {
                if (t.sentence() < sentence) {
                    break;
                }
                continue;
            }
            seen++;
            if (UP_TO_NOW.contains(t.lower()) || "JJS".equals(t.pos()) || "RBS".equals(t.pos())) {
                return true;
            }
        }
        return false;
    }

    private TimeMention shifted(String text, int start, int end, int n, String unit) {
        if (n == 0) {
            return null;
        }
        return switch (unit) {
            case "day" -> mention(text, start, end, anchor.plusDays(n), "day");
            case "week" -> mention(text, start, end, anchor.plusWeeks(n).with(DayOfWeek.MONDAY), "week");
            case "month" -> mention(text, start, end, anchor.plusMonths(n).withDayOfMonth(1), "month");
            default -> mention(text, start, end, anchor.plusYears(n).withDayOfYear(1), "year");
        };
    }

    /** A count written in digits or as a word of the rule list (0 when it is neither). */
    private static int count(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return word.length() > 3 ? 0 : Integer.parseInt(word);
        }
        return Integer.parseInt(NUMBER_WORDS.getOrDefault(word, "0"));
    }

    private TimeMention mention(String text, int start, int end, LocalDate date, String precision) {
        return new TimeMention(text, start, end, date, precision, doc.sentenceAt(start));
    }
}
