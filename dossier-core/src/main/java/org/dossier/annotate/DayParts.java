package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * Parts of the day joined to the day they name, in English: "dawn on Wednesday" and "mid-morning on Tuesday" the
 * day's morning ({@code 2025-01-15TMO}), where the tagger reads the part as the anchor's day and the weekday apart;
 * and a clock time without a.m./p.m. in the evening, afternoon or night it names ("7:30 tomorrow evening" 19:30).
 * Parts are rule data ({@code en/timex-parts.txt}). Pure; for {@link TimexValues#all}, after the clock times.
 */
final class DayParts {
    private static final Map<String, String> PARTS = Lexicon.columns("timex-parts.txt");
    private static final Pattern PART_ON = Pattern.compile("(?i)\\b(" + CalendarNames.alternation(PARTS.entrySet()
            .stream().filter(e -> e.getValue().startsWith("T")).map(e -> Pattern.quote(e.getKey())).toList())
            + ")\\s+(?:on|of)\\s+$");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK_VALUE = Pattern.compile("(.*T)(\\d{2})(:\\d{2})");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)\\b[ap]\\.?\\s?m\\b");

    private DayParts() {}

    /** {@code found} (text order) with parts joined to their days and evening clocks moved past noon. */
    static List<TimeValue> join(String text, List<TimeValue> found) {
        List<TimeValue> out = new ArrayList<>();
        for (TimeValue v : found) {
            Matcher clock = CLOCK_VALUE.matcher(v.value());
            int hour = clock.matches() ? Integer.parseInt(clock.group(2)) : 99;
            if (hour >= 1 && hour < 12 && !MERIDIEM.matcher(v.text()).find() && pmPart(v.text(), hour)) {
                v = new TimeValue(v.start(), v.end(), v.text(),
                        clock.group(1) + String.format(Locale.ROOT, "%02d", hour + 12) + clock.group(3));
            }
            out.add(v);
        }
        for (TimeValue day : List.copyOf(out)) {
            if (!DAY.matcher(day.value()).matches()) {
                continue;
            }
            Matcher m = PART_ON.matcher(text.substring(Math.max(0, day.start() - 30), day.start()));
            if (!m.find()) {
                continue;
            }
            int start = Math.max(0, day.start() - 30) + m.start(1);
            out.removeIf(o -> o.start() < day.end() && o.end() > start);
            out.add(new TimeValue(start, day.end(), text.substring(start, day.end()),
                    day.value() + PARTS.get(m.group(1).toLowerCase(Locale.ROOT))));
        }
        out.sort(Comparator.comparingInt(TimeValue::start));
        return out;
    }

    /** Whether the words name a part of the day after noon ("evening"; "tonight" from six on) for the hour. */
    private static boolean pmPart(String text, int hour) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            String part = PARTS.get(w);
            if ("TEV".equals(part) || "TAF".equals(part) || "TNI".equals(part) && hour >= 6 && !w.equals("overnight")) {
                return true;
            }
        }
        return false;
    }
}
