package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * Clock times as TIMEX3 values with their day: "2:30 p.m. local time on Wednesday" 2024-03-13T14:30, "10am GMT" the
 * article's day at T10:00, "shortly after midnight" T00:00, "at 22:00 on Friday"; in German "um 14.30 Uhr am
 * Mittwoch", in French "à 14h30 mercredi". The day is the one a dated expression joined to the clock gives ("on
 * Wednesday", "Dec. 20"), else the one the expression holding the clock was read as, else the anchor; the clock, its
 * zone words and that day become one expression. A bare 24-hour time counts only after a lead word ("at", "um") or
 * before a zone, four digits ("1917 GMT") only before a zone in capitals or "local time", and an ISO date and time
 * ("2025-11-01T14:05Z") keeps its own day. Words are rule data per language ({@code <lang>/clock-words.txt}; a language without it has no clock
 * times); the value keeps the wall-clock time, not the zone. Pure; for {@link TimexValues#all}.
 */
final class ClockTimes {
    private static final Map<String, ClockTimes> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:T.*)?$");
    /** "1917 GMT", "0300 local time": four digits of a 24-hour clock, counted only before a zone. */
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b([01]\\d|2[0-3])([0-5]\\d)\\b(?![-.,:/]\\d)");
    /** An ISO 8601 date and time in the text ("2025-11-01T14:05Z"): the clock on the day it writes. */
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})T([01]\\d|2[0-3]):([0-5]\\d)(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern TWENTY_FOUR = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?![:.,]?\\d)");

    private final Map<String, String> named;
    private final Pattern twelveHour;
    private final Pattern marked;
    private final Pattern name;
    private final Pattern zone;
    private final Pattern lead;
    private final Pattern gap;

    private record Clock(int start, int end, String time) {}

    private ClockTimes(List<List<String>> rows) {
        named = Map.copyOf(rows.stream().filter(r -> r.get(0).equals("named"))
                .collect(java.util.stream.Collectors.toMap(r -> r.get(1), r -> r.get(2))));
        twelveHour = words(rows, "meridiem").isEmpty() ? null : Pattern.compile(
                "(?i)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?");
        List<String> marks = words(rows, "mark");
        List<String> letters = words(rows, "hour-letter");
        String markAlt = marks.isEmpty() ? null : "\\s*(?:" + alternation(marks) + ")\\b";
        String letterAlt = letters.isEmpty() ? null
                : "\\s?(?:" + alternation(letters) + ")(?:\\s?([0-5]\\d))?\\b";
        String hour = "(?iu)\\b([01]?\\d|2[0-3])";
        marked = markAlt == null && letterAlt == null ? null : Pattern.compile(hour + "(?:"
                + (markAlt == null ? "" : "(?:[:.]([0-5]\\d))?" + markAlt)
                + (markAlt != null && letterAlt != null ? "|" : "") + (letterAlt == null ? "" : letterAlt) + ")");
        name = named.isEmpty() ? null : Pattern.compile("(?iu)\\b(" + alternation(named.keySet()) + ")\\b");
        zone = Pattern.compile("(?iu)^\\s*\\(?(" + alternation(words(rows, "zone")) + ")\\b\\)?");
        lead = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:" + alternation(words(rows, "lead")) + ")\\s+$");
        gap = Pattern.compile("(?iu)^\\s*,?\\s*(?:(?:" + alternation(words(rows, "join")) + ")\\s+)*$");
    }

    /** The clock rules of {@code language}, or null when it has none. */
    private static ClockTimes of(String language) {
        if (language == null || ClockTimes.class.getResource(language + "/clock-words.txt") == null) {
            return null;
        }
        return BY_LANGUAGE.computeIfAbsent(language, l -> new ClockTimes(
                org.dossier.rules.RuleFiles.table(Lexicon.class, l, "clock-words.txt")));
    }

    /**
     * {@code found} (text order) with each clock time of {@code text} in {@code language} joined to its day: the
     * values the clock and its day were read as are replaced by one value over both. Unchanged for a language
     * without clock rules.
     */
    static List<TimeValue> join(String text, String language, List<TimeValue> found, LocalDate anchor) {
        ClockTimes rules = of(language);
        return rules == null ? found : rules.join(text, found, anchor);
    }

    private List<TimeValue> join(String text, List<TimeValue> found, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>(found);
        List<Clock> clocks = new ArrayList<>(clocks(text));
        java.util.Collections.reverse(clocks); // the end of a range first: its start takes the day it is read on
        for (Clock c : clocks) {
            int start = c.start();
            int end = c.end();
            String day = null;
            boolean own = false; // the day came from the tagger's reading of the clock alone (the anchor's)
            for (TimeValue v : out) {
                Matcher d = DAY.matcher(v.value());
                if (!d.matches()) {
                    continue;
                }
                boolean inside = v.start() < c.end() && v.end() > c.start();
                boolean after = v.start() >= c.end() && gap.matcher(text.substring(c.end(), v.start())).matches()
                        && !opensSentence(text, c.end(), v.start());
                boolean before = v.end() <= c.start() && gap.matcher(text.substring(v.end(), c.start())).matches();
                if (inside || after || before) {
                    if (day == null || !inside) {
                        day = d.group(1);
                        own = inside && v.start() >= c.start() && v.end() <= c.end();
                    }
                    start = Math.min(start, v.start());
                    end = Math.max(end, v.end());
                }
            }
            Matcher iso = ISO.matcher(text.substring(c.start(), c.end()));
            if (iso.matches()) {
                day = iso.group(1);
            }
            if (day == null || own && !c.time().equals("00:00")) { // midnight ends the day the tagger gave
                List<TimeValue> days = out.stream().filter(v -> clocks.stream().noneMatch(o -> o != c
                        && v.start() >= o.start() && v.end() <= o.end() + 1)).toList(); // no clock's own reading
                String named = ClockDays.dayBefore(text, c.start(), c.end(), days, anchor);
                day = named != null ? named : day;
            }
            if (day == null) {
                day = anchor != null ? anchor.toString() : "XXXX-XX-XX";
            }
            int s = start;
            int e = end;
            if (out.stream().anyMatch(v -> v.start() < e && v.end() > s && (v.start() < s || v.end() > e)
                    && !DAY.matcher(v.value()).matches())) {
                continue; // part of a longer expression of another kind
            }
            out.removeIf(v -> v.start() < e && v.end() > s);
            out.add(new TimeValue(s, e, text.substring(s, e), day + "T" + c.time()));
        }
        out.sort(Comparator.comparingInt(TimeValue::start));
        return out;
    }

    /**
     * Whether the clock ending at {@code end} closes its sentence with its stop and a capitalised joining word opens
     * the next before the day at {@code day} ("kick-off at 5.30pm. On Sunday, …": Sunday is no day of that clock).
     */
    private static boolean opensSentence(String text, int end, int day) {
        return end > 0 && text.charAt(end - 1) == '.' && text.substring(end, day).strip().matches("\\p{Lu}.*");
    }

    /** The clock times of {@code text}, with the zone words after each. */
    private List<Clock> clocks(String text) {
        List<Clock> out = new ArrayList<>();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            add(out, new Clock(iso.start(), iso.end(), iso.group(2) + ":" + iso.group(3)));
        }
        Matcher four = FOUR_DIGITS.matcher(text);
        while (four.find()) {
            Clock c = withZone(text, four.start(), four.end(), Integer.parseInt(four.group(1)),
                    Integer.parseInt(four.group(2)));
            String zoneWords = text.substring(four.end(), c.end()).strip();
            if (c.end() > four.end() && (zoneWords.equals(zoneWords.toUpperCase(Locale.ROOT))
                    || zoneWords.toLowerCase(Locale.ROOT).matches("\\(?local\\s+time\\)?"))) {
                add(out, c);
            }
        }
        if (twelveHour != null) {
            Matcher m = twelveHour.matcher(text);
            while (m.find()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                if (hour >= 1 && hour <= 12 && minute <= 59) {
                    boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
                    add(out, withZone(text, m.start(), m.end(), hour % 12 + (pm ? 12 : 0), minute));
                }
            }
        }
        if (marked != null) {
            Matcher m = marked.matcher(text);
            while (m.find()) {
                String minutes = m.group(2) != null ? m.group(2) : m.groupCount() >= 3 ? m.group(3) : null;
                add(out, withZone(text, m.start(), m.end(), Integer.parseInt(m.group(1)),
                        minutes == null ? 0 : Integer.parseInt(minutes)));
            }
        }
        Matcher m = TWENTY_FOUR.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            Clock c = withZone(text, s, e, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            boolean led = lead.matcher(text.substring(Math.max(0, s - 16), s)).find();
            if ((led || c.end() > e) && m.group().contains(":") || led && c.end() > e) {
                add(out, c);
            }
        }
        if (name != null) {
            m = name.matcher(text);
            while (m.find()) {
                String[] hm = named.get(m.group(1).toLowerCase(Locale.ROOT)).split(":");
                add(out, withZone(text, m.start(), m.end(), Integer.parseInt(hm[0]), Integer.parseInt(hm[1])));
            }
        }
        out.sort(Comparator.comparingInt(Clock::start));
        return out;
    }

    /** Adds {@code c} unless a clock found before overlaps it. */
    private static void add(List<Clock> out, Clock c) {
        if (out.stream().noneMatch(o -> o.start() < c.end() && o.end() > c.start())) {
            out.add(c);
        }
    }

    /** A clock at {@code [start, end)}, its span stretched over a zone written after it (short zones in capitals). */
    private Clock withZone(String text, int start, int end, int hour, int minute) {
        Matcher z = zone.matcher(text.substring(end, Math.min(text.length(), end + 20)));
        int to = end;
        if (z.find()) {
            String w = z.group(1);
            if (w.length() > 4 || w.equals(w.toUpperCase(Locale.ROOT))) {
                to = end + z.end();
            }
        }
        return new Clock(start, to, String.format(Locale.ROOT, "%02d:%02d", hour, minute));
    }

    private static List<String> words(List<List<String>> rows, String kind) {
        return rows.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }

    private static String alternation(java.util.Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }
}
