package org.dossier.anchor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;
import org.dossier.text.CalendarNames;

/**
 * Places an article without a date of its own in its story's calendar: the anchor under which its bare weekdays
 * ("on Monday") fall on the dates the story's other articles state. Text only (no parser): a weekday is future
 * when the nearest tense cue word of its clause is a future one, else past (the cue words are data:
 * {@code tense-cues.txt} beside this class).
 */
final class WeekdayFit {
    /** Candidate anchors run from this many days before the story's date ... */
    static final int DAYS_BEFORE = 3;
    /** ... to this many days after it. */
    static final int DAYS_AFTER = 10;
    /** English weekdays, from the text layer's calendar table. */
    private static final Map<String, DayOfWeek> WEEKDAYS = CalendarNames.weekdays("en");
    /** A weekday not written with a day number or a month and day after it. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(" + CalendarNames.alternation(WEEKDAYS.keySet()) + ")\\b"
                    + "(?!,?\\s+(?:\\d|" + CalendarNames.alternation(CalendarNames.monthStems("en").keySet())
                    + "[a-z]*\\.?\\s+\\d))");
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?|'ll");
    private static final String CLAUSE_ENDS = ".!?;:\n";
    /** Cue word (lower case) to "future" or "past". */
    private static final Map<String, String> TENSE_CUES = cues("tense-cues.txt");

    private WeekdayFit() {}

    /** The direction a bare weekday points from the writing date. */
    enum Direction { PAST, FUTURE }

    /** A bare weekday in the text, with the direction it points from the writing date. */
    record Mention(String text, DayOfWeek day, Direction direction) {
        LocalDate resolve(LocalDate anchor) {
            return anchor.with(direction == Direction.FUTURE ? TemporalAdjusters.nextOrSame(day)
                    : TemporalAdjusters.previousOrSame(day));
        }
    }

    /** An anchor and the mentions that fall on stated dates under it. */
    record Fit(LocalDate date, List<Mention> hits) {}

    /** Bare weekdays of the text (not those written with a month and day), in text order. */
    static List<Mention> mentions(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<Mention> out = new ArrayList<>();
        Matcher m = WEEKDAY.matcher(lower);
        while (m.find()) {
            DayOfWeek day = WEEKDAYS.get(m.group(1));
            out.add(new Mention(text.substring(m.start(), m.end()), day, direction(lower, m.start(), m.end())));
        }
        return out;
    }

    /**
     * The best anchor in [base - 3, base + 10]: most mentions falling on a stated date, then the other mentions
     * closest to stated dates, then the earliest; null unless it places more mentions than {@code base} does.
     */
    static Fit fit(List<Mention> mentions, Set<LocalDate> stated, LocalDate base) {
        if (mentions.isEmpty() || stated.isEmpty() || base == null) {
            return null;
        }
        int baseHits = hits(mentions, stated, base).size();
        LocalDate best = null;
        int bestHits = baseHits;
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate d = base.minusDays(DAYS_BEFORE); !d.isAfter(base.plusDays(DAYS_AFTER)); d = d.plusDays(1)) {
            int h = hits(mentions, stated, d).size();
            long dist = distance(mentions, stated, d);
            if (h > bestHits || h == bestHits && best != null && dist < bestDistance) {
                best = d;
                bestHits = h;
                bestDistance = dist;
            }
        }
        return best == null ? null : new Fit(best, hits(mentions, stated, best));
    }

    private static List<Mention> hits(List<Mention> mentions, Set<LocalDate> stated, LocalDate anchor) {
        return mentions.stream().filter(m -> stated.contains(m.resolve(anchor))).toList();
    }

    /** Sum over mentions of the days between where each falls and the nearest stated date. */
    private static long distance(List<Mention> mentions, Set<LocalDate> stated, LocalDate anchor) {
        long sum = 0;
        for (Mention m : mentions) {
            LocalDate r = m.resolve(anchor);
            sum += stated.stream().mapToLong(s -> Math.abs(ChronoUnit.DAYS.between(s, r))).min().orElse(0);
        }
        return sum;
    }

    /** Future when the tense cue word nearest the weekday within its clause is a future cue, else past. */
    static Direction direction(String lower, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_ENDS.indexOf(lower.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < lower.length() && CLAUSE_ENDS.indexOf(lower.charAt(to)) < 0) {
            to++;
        }
        List<String> left = words(lower.substring(from, start));
        Collections.reverse(left);
        List<String> right = words(lower.substring(end, to));
        for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
            for (List<String> side : List.of(left, right)) {
                String cue = k < side.size() ? cue(side.get(k)) : null;
                if (cue != null) {
                    return cue.equals("future") ? Direction.FUTURE : Direction.PAST;
                }
            }
        }
        return Direction.PAST;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (w.equals("won't")) {
                out.add("wo");
            } else if (w.endsWith("'ll") && w.length() > 3) {
                out.add(w.substring(0, w.length() - 3));
                out.add("'ll");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** The cue ("future" or "past") of a word or of its stem without -s, -d, -ed or -ing. */
    private static String cue(String w) {
        Set<String> forms = new LinkedHashSet<>(List.of(w));
        for (String suffix : List.of("s", "d", "ed", "ing")) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                forms.add(w.substring(0, w.length() - suffix.length()));
            }
        }
        for (String f : forms) {
            String c = TENSE_CUES.get(f);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** A "future|past TAB word" file as a map from the lower-cased word to its cue. */
    private static Map<String, String> cues(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String line : RuleFiles.lines(WeekdayFit.class, "en", resource)) {
            String[] kv = line.split("\t");
            out.put(kv[1].strip().toLowerCase(Locale.ROOT), kv[0].strip());
        }
        return Map.copyOf(out);
    }
}
