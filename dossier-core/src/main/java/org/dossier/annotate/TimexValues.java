package org.dossier.annotate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.TimeMention;
import org.dossier.model.TimeValue;

/**
 * TIMEX3-style values of an article's time expressions, for front ends that print them ({@code dossier annotate}):
 * the dated mentions of the annotate stage and, in English, the durations, sets and decades of {@link TimeSpans}, the
 * seasons of {@link TimeSeasons} and {@link TeamSeasons}, the event days of {@link EventDays}, numeric dates in the article's own order ({@link NumericDates}), the halves, fiscal years and centuries of {@link TimeReferences}, and in English,
 * German and French the clock times of {@link ClockTimes}.
 */
public final class TimexValues {
    private static final Map<String, String> PARTS = Lexicon.columns("timex-parts.txt");
    /** The words between a duration and the rest of a span read over both ("an hour on Monday"). */
    private static final java.util.regex.Pattern REST = java.util.regex.Pattern.compile(
            "^[\\s,]*(?:(?:on|in|at|of|from|since|until|by)\\s+)?");

    /** "the week of Oct. 28": the week a day's expression opens with, valued as that week. */
    private static final java.util.regex.Pattern WEEK_OF = java.util.regex.Pattern.compile(
            "(?i)^(?:the\\s+)?week\\s+of\\s");

    private TimexValues() {}

    /**
     * Every time expression of an article's {@code text} in {@code language} with its TIMEX3-style value, in text
     * order: the anchored {@code times} the annotate stage found.
     */
    public static List<TimeValue> all(String text, String language, List<TimeMention> times) {
        return all(text, language, times, null);
    }

    /**
     * As above, and in English, with the article's {@code anchor} (null: none), the seasons and parts of months of
     * {@link TimeSeasons} ("last winter" 2023-WI, "mid-August" 2024-08) that the tagger leaves out.
     */
    public static List<TimeValue> all(String text, String language, List<TimeMention> times, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        for (TimeMention t : times) {
            out.add(new TimeValue(t.start(), t.end(), t.text(), "en".equals(language) ? withPart(t) : of(t)));
        }
        if ("en".equals(language)) {
            List<TimeValue> more = new ArrayList<>(TimeSpans.find(text));
            if (anchor != null) {
                more.addAll(TimeSeasons.find(text, anchor));
                more.addAll(TeamSeasons.find(text, anchor));
            }
            for (TimeValue v : more) {
                if (out.stream().noneMatch(o -> o.start() < v.end() && o.end() > v.start())) {
                    out.add(v);
                }
            }
            out.sort(Comparator.comparingInt(TimeValue::start));
            for (TimeValue v : NumericDates.find(text)) {
                replaceInside(out, v); // "10/01/2022" in an article that writes "18 November"
            }
            for (TimeValue v : TimeSpans.namedSets(text)) {
                replaceInside(out, v); // "every March" is no March
            }
            for (TimeValue v : TimeSpans.lookingBack(text)) {
                replaceInside(out, v);
            }
            // counted days ("two days later") and named ones ("the same day") each count from the day before them,
            // which may be one of the other kind: counted, named, then counted again from the named days
            laterDays(text, out);
            for (TimeValue v : LaterDays.relative(text, List.copyOf(out))) {
                replaceInside(out, v);
            }
            laterDays(text, out);
            for (TimeValue v : FractionDurations.find(text)) {
                replaceOver(text, out, v);
            }
            if (anchor != null) {
                for (TimeValue v : TimeReferences.find(text, anchor)) {
                    replaceInside(out, v);
                }
                for (TimeValue v : FrameShifts.find(text, anchor)) {
                    replaceInside(out, v);
                }
                for (TimeValue v : NamedDays.find(text, anchor)) { // the tagger's own reading of the whole name stands
                    if (NamedDays.linked(v)) { // "the Sunday after Thanksgiving" over a reading of its weekday
                        out.removeIf(o -> o.start() < v.end() && o.end() > v.start());
                        out.add(v);
                    } else if (out.stream().noneMatch(o -> o.start() <= v.start() && o.end() >= v.end())) {
                        replaceInside(out, v);
                    }
                }
                for (TimeValue v : MonthWeekdays.find(text, anchor)) { // "Oct. 25, the last Sunday of the month"
                    apposed(text, out, v);
                }
                for (TimeValue v : EventDays.find(text, List.copyOf(out))) { // "election day" of a vote abroad
                    if (out.stream().noneMatch(o -> o.start() < v.end() && o.end() > v.start())) {
                        out.add(v);
                    }
                }
                for (TimeValue v : TimeReferences.fill(text, anchor)) {
                    if (out.stream().noneMatch(o -> o.start() < v.end() && o.end() > v.start())) {
                        out.add(v);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(TimeValue::start));
        if ("en".equals(language)) {
            out = ElapsedTimes.clear(text, out); // "won in 2:04:37": no clock, and no day for the clocks after it
        }
        List<TimeValue> joined = ClockTimes.join(text, language, out, anchor);
        if ("en".equals(language)) {
            joined = ElapsedTimes.clear(text, DayParts.join(text, joined));
            List<TimeValue> kept = new ArrayList<>(joined);
            for (int[] play : SportParts.countedPlay(text)) { // "the 89th minute": a moment of a match
                kept.removeIf(v -> v.start() < play[1] && v.end() > play[0]);
            }
            return kept;
        }
        return joined;
    }

    /** The counted days of {@link LaterDays#find} in place of what the tagger read there (counted from the anchor). */
    private static void laterDays(String text, List<TimeValue> out) {
        out.sort(Comparator.comparingInt(TimeValue::start));
        for (TimeValue v : LaterDays.find(text, List.copyOf(out))) {
            replaceInside(out, v);
        }
        out.sort(Comparator.comparingInt(TimeValue::start));
    }

    /**
     * Puts {@code v} in place of the values inside its span; a value that starts inside it and reaches beyond keeps
     * its part after it ("half an hour on Monday": Monday keeps its day); none is put when a value starts before it.
     */
    private static void replaceOver(String text, List<TimeValue> out, TimeValue v) {
        if (out.stream().anyMatch(o -> o.start() < v.start() && o.end() > v.start())) {
            return;
        }
        List<TimeValue> rest = new ArrayList<>();
        for (TimeValue o : out) {
            if (o.start() < v.end() && o.end() > v.end()) {
                java.util.regex.Matcher m = REST.matcher(text.substring(v.end(), o.end()));
                if (m.find() && m.end() < o.end() - v.end()) {
                    int s = v.end() + m.end();
                    rest.add(new TimeValue(s, o.end(), text.substring(s, o.end()), o.value()));
                }
            }
        }
        out.removeIf(o -> o.start() < v.end() && o.end() > v.start());
        out.addAll(rest);
        out.add(v);
        out.sort(Comparator.comparingInt(TimeValue::start));
    }

    /**
     * Puts {@code v} in place of what was read over its span; a value that starts before it keeps its part before it
     * ("Oct. 25, the last Sunday of the month", read as one: "Oct. 25" and the Sunday apposed to it).
     */
    private static void apposed(String text, List<TimeValue> out, TimeValue v) {
        List<TimeValue> kept = new ArrayList<>();
        for (TimeValue o : out) {
            if (o.start() < v.start() && o.end() > v.start()) {
                int e = v.start();
                while (e > o.start() && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                    e--;
                }
                kept.add(new TimeValue(o.start(), e, text.substring(o.start(), e), o.value()));
            }
        }
        out.removeIf(o -> o.start() < v.end() && o.end() > v.start());
        out.addAll(kept);
        out.add(v);
        out.sort(Comparator.comparingInt(TimeValue::start));
    }

    /** Puts {@code v} in place of the values inside its span, unless a value reaches beyond the span over it. */
    private static void replaceInside(List<TimeValue> out, TimeValue v) {
        boolean inside = true;
        for (TimeValue o : out) {
            if (o.start() < v.end() && o.end() > v.start() && (o.start() < v.start() || o.end() > v.end())) {
                inside = false;
            }
        }
        if (inside) {
            out.removeIf(o -> o.start() < v.end() && o.end() > v.start());
            out.add(v);
        }
    }

    /**
     * The value of a dated mention with the part of the day, week or year its words name (English rule data):
     * "Monday night" 2022-01-10TNI, "the weekend" 2022-W02-WE, "the first quarter" 2022-Q1.
     */
    static String withPart(TimeMention t) {
        String value = of(t);
        if (t.precision().equals("day") && WEEK_OF.matcher(t.text()).find()) { // "the week of Oct. 28" 2024-W44
            return of(new TimeMention(t.text(), t.start(), t.end(), t.date(), "week", t.sentence()));
        }
        for (String w : t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String part = PARTS.get(w);
            if (part == null) {
                continue;
            }
            LocalDate d = t.date();
            if (part.startsWith("T") && t.precision().equals("day")) {
                return value + part;
            }
            if (part.equals("WE") && t.precision().equals("week")) {
                return value + "-WE";
            }
            if (part.equals("Q") && t.precision().equals("month") && (d.getMonthValue() - 1) % 3 == 0) {
                return d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
            }
        }
        return value;
    }

    /** 2022-01-10 for a day, 2022-W02 for a week, 2022-01 for a month, 2022 for a year. */
    public static String of(TimeMention t) {
        LocalDate d = t.date();
        return switch (t.precision()) {
            case "week" -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            case "year" -> String.valueOf(d.getYear());
            default -> d.toString();
        };
    }
}
