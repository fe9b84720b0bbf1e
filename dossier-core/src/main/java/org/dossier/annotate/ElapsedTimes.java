package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * Elapsed times written as hours, minutes and seconds ("won in 2:04:37", "the record of 1:57:40"): no clock times
 * unless a clock's lead word stands before them ("at 10:31:05", the {@code lead} rows of {@code en/clock-words.txt})
 * or a meridiem after them. {@link #clear} takes them out of the values read: a value inside one goes, a value that
 * runs into one ("Sunday in 2:04:37") keeps its words before it. Pure.
 */
final class ElapsedTimes {
    /** Hours, minutes and seconds, with tenths if any, and no meridiem after them. */
    static final Pattern ELAPSED = Pattern.compile(
            "\\b\\d{1,2}:[0-5]\\d:[0-5]\\d(?:\\.\\d+)?\\b(?!\\s?[aApP]\\.?\\s?[mM]\\b)");
    private static final List<String> LEADS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "clock-words.txt").stream().filter(r -> r.get(0).equals("lead")).map(r -> r.get(1)).toList();
    /** The words between a value's own words and the elapsed time it runs into ("Sunday in"). */
    private static final Pattern TAIL = Pattern.compile("[\\s,]*(?:(?:in|of|with)\\s*)?$");

    private ElapsedTimes() {}

    /** The [start, end) spans of the elapsed times of {@code text}. */
    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = ELAPSED.matcher(text);
        while (m.find()) {
            if (!led(text, m.start())) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** {@code values} without what they read of the elapsed times of {@code text}. */
    static List<TimeValue> clear(String text, List<TimeValue> values) {
        List<int[]> spans = find(text);
        if (spans.isEmpty()) {
            return values;
        }
        List<TimeValue> out = new ArrayList<>();
        for (TimeValue v : values) {
            TimeValue kept = v;
            for (int[] s : spans) {
                if (kept == null || kept.start() >= s[1] || kept.end() <= s[0]) {
                    continue;
                }
                if (kept.start() >= s[0]) {
                    kept = null;
                } else {
                    Matcher tail = TAIL.matcher(text.substring(kept.start(), s[0]));
                    int e = tail.find() ? kept.start() + tail.start() : s[0];
                    kept = e <= kept.start() ? null
                            : new TimeValue(kept.start(), e, text.substring(kept.start(), e), kept.value());
                }
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    /** Whether a clock's lead word ends just before {@code start} ("at 10:31:05"). */
    private static boolean led(String text, int start) {
        String before = text.substring(Math.max(0, start - 16), start).toLowerCase(Locale.ROOT).stripTrailing();
        for (String lead : LEADS) {
            if (before.endsWith(" " + lead) || before.equals(lead)) {
                return true;
            }
        }
        return false;
    }
}
