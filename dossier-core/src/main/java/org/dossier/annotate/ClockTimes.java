package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * English clock times as TIMEX3 values with their day: "2:30 p.m. local time on Wednesday" 2024-03-13T14:30, "10am
 * GMT" the article's day at T10:00, "shortly after midnight" T00:00, "at 22:00 on Friday". The day is the one a dated
 * expression joined to the clock gives ("on Wednesday", "Dec. 20"), else the one the expression holding the clock
 * was read as, else the anchor; the clock, its zone words and that day become one expression. A bare 24-hour time
 * counts only after a lead word ("at", "from") or before a zone. Words are rule data ({@code en/clock-words.txt});
 * the value keeps the wall-clock time, not the zone. Pure; for {@link TimexValues#all}.
 */
final class ClockTimes {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "clock-words.txt");
    private static final Map<String, String> NAMED = Map.copyOf(rows("named").stream()
            .collect(java.util.stream.Collectors.toMap(r -> r.get(1), r -> r.get(2))));
    private static final String ZONES = alternation(rows("zone").stream().map(r -> r.get(1)).toList());
    private static final String LEADS = alternation(rows("lead").stream().map(r -> r.get(1)).toList());
    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?");
    private static final Pattern TWENTY_FOUR = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?![:.]?\\d)");
    /** "at 8 o'clock": the hour as written (the text rarely says which half of the day). */
    private static final Pattern OCLOCK = Pattern.compile("(?i)\\b(\\d{1,2})\\s+o['\u2019]clock\\b");
    private static final Pattern NAME = Pattern.compile("(?i)\\b(" + alternation(NAMED.keySet()) + ")\\b");
    private static final Pattern ZONE = Pattern.compile("(?i)^\\s*\\(?(" + ZONES + ")\\b\\)?");
    private static final Pattern LEAD = Pattern.compile("(?i)\\b(?:" + LEADS + ")\\s+$");
    /** What may stand between a clock and the day after it ("… on Wednesday", "…, Dec. 20") or before it. */
    private static final Pattern GAP_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:on\\s+|this\\s+)?$");
    private static final Pattern GAP_BEFORE = Pattern.compile(
            "(?i)^\\s*,?\\s*(?:(?:at|from|by|around|about|shortly\\s+(?:after|before)|just\\s+(?:after|before))\\s+)?$");
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:T.*)?$");

    private ClockTimes() {}

    private record Clock(int start, int end, String time) {}

    /**
     * {@code found} (text order) with each clock time of {@code text} joined to its day: the values the clock and its
     * day were read as are replaced by one value over both.
     */
    static List<TimeValue> join(String text, List<TimeValue> found, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>(found);
        for (Clock c : clocks(text)) {
            int start = c.start();
            int end = c.end();
            String day = null;
            for (TimeValue v : out) {
                Matcher d = DAY.matcher(v.value());
                if (!d.matches()) {
                    continue;
                }
                boolean inside = v.start() < c.end() && v.end() > c.start();
                boolean after = v.start() >= c.end() && GAP_AFTER.matcher(text.substring(c.end(), v.start())).matches();
                boolean before = v.end() <= c.start()
                        && GAP_BEFORE.matcher(text.substring(v.end(), c.start())).matches();
                if (inside || after || before) {
                    if (day == null || !inside) {
                        day = d.group(1);
                    }
                    start = Math.min(start, v.start());
                    end = Math.max(end, v.end());
                }
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

    /** The clock times of {@code text}, with the zone words after each. */
    private static List<Clock> clocks(String text) {
        List<Clock> out = new ArrayList<>();
        Matcher m = TWELVE_HOUR.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12 || minute > 59) {
                continue;
            }
            boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
            int h = hour % 12 + (pm ? 12 : 0);
            out.add(withZone(text, m.start(), m.end(), h, minute));
        }
        m = TWENTY_FOUR.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (out.stream().anyMatch(c -> c.start() < e && c.end() > s)) {
                continue;
            }
            Clock c = withZone(text, s, e, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            boolean led = LEAD.matcher(text.substring(Math.max(0, s - 12), s)).find();
            if (led || c.end() > e) {
                out.add(c);
            }
        }
        m = OCLOCK.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int at = m.start();
            if (hour >= 1 && hour <= 12 && out.stream().noneMatch(c -> c.start() <= at && c.end() > at)) {
                out.add(withZone(text, m.start(), m.end(), hour, 0));
            }
        }
                m = NAME.matcher(text);
        while (m.find()) {
            String[] hm = NAMED.get(m.group(1).toLowerCase(Locale.ROOT)).split(":");
            out.add(withZone(text, m.start(), m.end(), Integer.parseInt(hm[0]), Integer.parseInt(hm[1])));
        }
        out.sort(Comparator.comparingInt(Clock::start));
        return out;
    }

    /** A clock at {@code [start, end)}, its span stretched over a zone written after it (short zones in capitals). */
    private static Clock withZone(String text, int start, int end, int hour, int minute) {
        Matcher z = ZONE.matcher(text.substring(end, Math.min(text.length(), end + 20)));
        int to = end;
        if (z.find()) {
            String zone = z.group(1);
            if (zone.length() > 4 || zone.equals(zone.toUpperCase(Locale.ROOT))) {
                to = end + z.end();
            }
        }
        return new Clock(start, to, String.format(Locale.ROOT, "%02d:%02d", hour, minute));
    }

    private static List<List<String>> rows(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).toList();
    }

    private static String alternation(java.util.Collection<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }
}
