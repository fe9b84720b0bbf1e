package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeMention;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * English frames that count from the anchor further than "last" or "next", which the tagger reads short or not at
 * all: "the weekend before last" (two weekends back), "the week after next", "Tuesday week" and "a week from Friday"
 * (a week after the coming weekday), "later this decade" (the anchor's decade, {@code 202}), "the turn of the century" (the century's turn
 * nearest the anchor, {@code 2000}). Words are rule data ({@code en/frame-shifts.txt}). Pure; for
 * {@link TimexValues#all}, whose values inside these spans it replaces.
 */
final class FrameShifts {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "frame-shifts.txt");
    private static final Map<String, DayOfWeek> WEEKDAYS = CalendarNames.weekdays("en");
    private static final Pattern SHIFTED = Pattern.compile("(?i)\\bthe\\s+(week|weekend|month|year)\\s+("
            + alt(words("shift")) + ")\\b");
    private static final Pattern THIS_DECADE = Pattern.compile("(?i)\\b(?:" + alt(words("this-decade")) + ")\\b");
    private static final Pattern TURN = Pattern.compile("(?i)\\b(?:" + alt(words("turn")) + ")\\b");
    /** "Tuesday week", not "last Tuesday week" nor "Tuesday weekend". */
    private static final Pattern WEEKDAY_WEEK = Pattern.compile("(?<!(?i:last|next|this|every|each|a)\\s)\\b("
            + alt(WEEKDAYS.keySet().stream().map(d -> Character.toUpperCase(d.charAt(0)) + d.substring(1)).toList())
            + ")\\s+(?:" + alt(words("weekday-week")) + ")(?![\\p{L}-])");

    /** "a week from Friday": a week after the coming Friday. */
    private static final Pattern WEEK_FROM = Pattern.compile("(?i)\\b(?:" + alt(words("week-from")) + ")\\s+("
            + alt(WEEKDAYS.keySet()) + ")\\b");

    private FrameShifts() {}

    /** The shifted frames of {@code text}, resolved against {@code anchor}, in text order. */
    static List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = SHIFTED.matcher(text);
        while (m.find()) {
            int shift = Integer.parseInt(cell("shift", m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
            String value = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "week" -> week(anchor.plusWeeks(shift));
                case "weekend" -> week(anchor.plusWeeks(shift)) + "-WE";
                case "month" -> String.format(Locale.ROOT, "%d-%02d", anchor.plusMonths(shift).getYear(),
                        anchor.plusMonths(shift).getMonthValue());
                default -> String.valueOf(anchor.getYear() + shift);
            };
            out.add(new TimeValue(m.start(), m.end(), m.group(), value));
        }
        m = THIS_DECADE.matcher(text);
        while (m.find()) {
            out.add(new TimeValue(m.start(), m.end(), m.group(), String.valueOf(anchor.getYear() / 10)));
        }
        m = TURN.matcher(text);
        while (m.find()) {
            int turn = (anchor.getYear() + 50) / 100 * 100;
            out.add(new TimeValue(m.start(), m.end(), m.group(), String.valueOf(turn)));
        }
        m = WEEK_FROM.matcher(text);
        while (m.find()) {
            DayOfWeek day = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
            out.add(new TimeValue(m.start(), m.end(), m.group(),
                    anchor.with(TemporalAdjusters.next(day)).plusWeeks(1).toString()));
        }
        m = WEEKDAY_WEEK.matcher(text);
        while (m.find()) {
            DayOfWeek day = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
            LocalDate d = anchor.with(TemporalAdjusters.nextOrSame(day)).plusWeeks(1);
            out.add(new TimeValue(m.start(), m.end(), m.group(), d.toString()));
        }
        out.sort(java.util.Comparator.comparingInt(TimeValue::start));
        return out;
    }

    private static String week(LocalDate d) {
        return TimexValues.of(new TimeMention("", 0, 0, d, "week", 0));
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }

    private static String cell(String kind, String words) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(words)).map(r -> r.get(2))
                .findFirst().orElse("0");
    }

    private static String alt(java.util.Collection<String> words) {
        return CalendarNames.alternation(words.stream().map(w -> w.replace(" ", "\\s+")).toList());
    }
}
