package org.dossier.extract.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Relative dates a page shows in place of a calendar date ("vor 2 Stunden", "il y a 3 heures", "hace 2 horas",
 * "2 hours ago", "Gisteren, 22:10"), read from {@code relative-dates.txt}. A line counts only when it is the relative
 * date alone (a publication or update label and a time may stand beside it; a day word such as "Heute" needs one
 * of them, so that a menu's "Today" is no date). It dates the page only against the
 * time the input knew the page was fetched, in the offset the page's own timestamps state, else UTC; with no fetch
 * time it dates nothing. Use it on the short lines
 * around a page's headline.
 */
public final class RelativeDates {
    private static final RelativeDates INSTANCE = new RelativeDates(
            RuleFiles.lists(RelativeDates.class, "relative-dates.txt"),
            RuleFiles.lists(RelativeDates.class, "date-labels.txt"));
    private static final int MAX_LINE = 60;
    /** How many words may stand before a relative date that closes a line ({@link #atEnd}). */
    private static final int MAX_LEAD_WORDS = 2;
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|\u00b7\u2022\u2013\u2014]\\s");
    private static final Pattern WORD_START = Pattern.compile("(?<=\\s)\\S");
    /** An ISO timestamp with a numeric offset ("2023-03-14T22:25:00-04:00", "…+0100"). */
    private static final Pattern STATED_OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?([+-]\\d{2}:?\\d{2})(?!\\d)");

    /** A relative date found on a line: how far before the fetch time, and whether an update label stands by it. */
    public record Age(long seconds, int days, boolean updated) {
        /** The calendar day (UTC) this age gives against the fetch time. */
        public LocalDate before(Instant fetchedAt) {
            return before(fetchedAt, ZoneOffset.UTC);
        }

        /** The calendar day this age gives against the fetch time, in the page's own offset from UTC. */
        public LocalDate before(Instant fetchedAt, ZoneOffset offset) {
            LocalDate d = fetchedAt.minusSeconds(seconds).atOffset(offset).toLocalDate();
            return d.plusDays(days);
        }
    }

    private final Pattern line;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Integer> dayWords = new HashMap<>();
    private final List<String> one;

    private RelativeDates(Map<String, List<String>> rules, Map<String, List<String>> labels) {
        List<String> unitForms = new ArrayList<>();
        List<String> dayForms = new ArrayList<>();
        rules.forEach((kind, entries) -> {
            if (kind.startsWith("unit-")) {
                long s = Long.parseLong(kind.substring(5));
                entries.forEach(e -> units.put(e.toLowerCase(Locale.ROOT), s));
                unitForms.addAll(entries);
            } else if (kind.startsWith("day-")) {
                int d = Integer.parseInt(kind.substring(4));
                entries.forEach(e -> dayWords.put(e.toLowerCase(Locale.ROOT), d));
                dayForms.addAll(entries);
            }
        });
        one = rules.get("one");
        String unit = alternation(unitForms);
        String num = "(\\d{1,3}|" + alternation(one) + ")";
        String label = "(?:(" + alternation(labels.get("published")) + ")|(" + alternation(labels.get("updated"))
                + "))\\s*:?\\s*";
        String time = "([,\\s]+(?:(?:" + alternation(rules.get("at")) + ")\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h))?)?";
        String relative = "(?:(?:" + alternation(rules.get("before")) + ")\\s+" + num + "\\s*(" + unit + ")"
                + "|" + num + "\\s*(" + unit + ")\\s+(?:" + alternation(rules.get("after")) + ")"
                + "|(" + alternation(dayForms) + "))";
        line = Pattern.compile("(?iu)^[\\W_]*(?:" + label + ")?" + relative + "(?!\\p{L})" + time + "[\\W_]*$");
    }

    /**
     * The offset from UTC the page states with its own times: that of the first timestamp with a numeric offset
     * in the markup ("2023-03-15T00:35:00+01:00" in a meta tag, JSON-LD or a time element), else UTC. A relative
     * date's day is that page's day ("vor 20 Minuten" at 23:50 UTC is the next day at +01:00).
     */
    public static ZoneOffset statedOffset(String html) {
        Matcher m = STATED_OFFSET.matcher(html);
        if (!m.find()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneOffset.of(m.group(1).length() == 5 ? m.group(1).substring(0, 3) + ":" + m.group(1).substring(3)
                    : m.group(1));
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public static RelativeDates get() {
        return INSTANCE;
    }

    /** The relative date a short line states alone, or null. */
    public Age in(String text) {
        if (text == null || text.length() > MAX_LINE) {
            return null;
        }
        Matcher m = line.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        boolean updated = m.group(2) != null;
        if (m.group(7) != null) {
            // a day word alone may be a menu's "Today": it dates a page only with a label or a time beside it
            boolean stated = m.group(1) != null || updated || m.group(8) != null;
            return stated ? new Age(0, dayWords.get(m.group(7).toLowerCase(Locale.ROOT)), updated) : null;
        }
        String n = m.group(3) != null ? m.group(3) : m.group(5);
        String u = m.group(3) != null ? m.group(4) : m.group(6);
        long count = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
        return new Age(count * units.get(u.toLowerCase(Locale.ROOT)), 0, updated);
    }

    /**
     * The relative date closing a short line after what stands before it: a part after a dot or bar ("dpa · vor 3
     * Stunden") or at most {@value #MAX_LEAD_WORDS} words ("ANP 2 uur geleden", an agency or a desk set inline
     * beside it); the whole line alone first ({@link #in}). Null when none closes it.
     */
    public Age atEnd(String text) {
        Age whole = in(text);
        if (whole != null || text == null || text.length() > MAX_LINE) {
            return whole;
        }
        Matcher sep = SEPARATOR.matcher(text);
        int last = -1;
        while (sep.find()) {
            last = sep.end();
        }
        if (last > 0 && in(text.substring(last)) != null) {
            return in(text.substring(last));
        }
        String line = text.strip();
        Matcher w = WORD_START.matcher(line);
        for (int words = 1; words <= MAX_LEAD_WORDS && w.find(); words++) {
            Age a = in(line.substring(w.start()));
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * Where the relative date closing a line starts after what stands before it ("Door Sanne de Wit Gisteren, 10:15"
     * at "Gisteren"), or -1 when none closes it.
     */
    public int startAtEnd(String text) {
        if (text == null || text.length() > MAX_LINE) {
            return -1;
        }
        Matcher w = WORD_START.matcher(text);
        while (w.find()) {
            if (w.start() > 0 && in(text.substring(w.start())) != null) {
                return w.start();
            }
        }
        return -1;
    }

    private static String alternation(List<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder("(?:");
        for (String f : sorted) {
            b.append(b.length() > 3 ? "|" : "").append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
        }
        return b.append(")").toString();
    }
}
