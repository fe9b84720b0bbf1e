package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * Quarters and halves of a fiscal year that the text names without the year's number, for {@link TimeReferences}:
 * "its fiscal second quarter", "fiscal Q2" and "the first half of the fiscal year" are quarters and halves of the
 * fiscal year named nearest them in their sentence or the two before ("… for fiscal 2026": FY2026-Q2, FY2026-H1), and
 * a plain quarter or half ("third-quarter sales", "H2") is the fiscal year's where its sentence or the one before
 * names a fiscal quarter or half whose year is known ({@link #yearBefore}). Without a fiscal year named, such a period
 * gives nothing here (the calendar's reading stands). The words are rule data ({@code en/time-references.txt}).
 */
final class FiscalPeriods {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "time-references.txt");
    private static final String ADJECTIVE = "(?:" + alt(words("fiscal-adjective")) + ")";
    private static final String ORDINAL = "(" + alt(words("quarter")) + ")";
    /** "fiscal second quarter", "financial first half". */
    private static final Pattern MARKED = Pattern.compile("(?i)\\b" + ADJECTIVE + "[- ]" + ORDINAL
            + "[- ](quarter|half)\\b");
    /** "fiscal Q2", "fiscal H1". */
    private static final Pattern MARKED_LETTER = Pattern.compile("\\b(?i:" + ADJECTIVE + ")\\s+([QH])([1-4])\\b");
    /** "the first half of the fiscal year", "the third quarter of its financial year". */
    private static final Pattern OF_THE_YEAR = Pattern.compile("(?i)\\b(?:the\\s+)?" + ORDINAL
            + "[- ](quarter|half)\\s+of\\s+(?:the|its|this)\\s+" + ADJECTIVE + "\\s+year\\b");

    /** A sentence's end: a stop before a capital ("Dec. 31" is none), or a line break. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "[.!?][\"\u201d\u2019')]*\\s+(?=[\\p{Lu}\"\u201c\u2018(])|\n");

    private FiscalPeriods() {}

    /** The fiscal quarters and halves of {@code text} named without a year, where a fiscal year is named near them. */
    static List<TimeValue> find(String text) {
        List<TimeValue> out = new ArrayList<>();
        for (Pattern p : List.of(MARKED, OF_THE_YEAR)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                String n = cell(unit, m.group(1).toLowerCase(Locale.ROOT));
                String year = namedYear(text, m.start(), m.end());
                if (n != null && year != null) {
                    String part = unit.equals("half") ? "H" + n.substring(n.length() - 1) : "Q" + n;
                    out.add(new TimeValue(m.start(), m.end(), m.group(), "FY" + year + "-" + part));
                }
            }
        }
        Matcher m = MARKED_LETTER.matcher(text);
        while (m.find()) {
            String year = namedYear(text, m.start(), m.end());
            if (year != null && (m.group(1).equals("Q") || m.group(2).compareTo("3") < 0)) {
                out.add(new TimeValue(m.start(), m.end(), m.group(), "FY" + year + "-" + m.group(1) + m.group(2)));
            }
        }
        out.sort(Comparator.comparingInt(TimeValue::start));
        return out;
    }

    /**
     * The fiscal year of the fiscal half or quarter named last before {@code pos} in its sentence or the one before
     * ("sales in the first half of fiscal 2026 rose … H2 would be harder": 2026; "its fiscal second quarter … fiscal
     * 2026 … third-quarter sales": 2026), or null. A fiscal year named alone gives none ("its guidance for fiscal 2026
     * … demand in the first half had been weaker" is the calendar's half).
     */
    static String yearBefore(String text, int pos) {
        int from = sentenceStart(text, pos, 1);
        String before = text.substring(from, pos);
        int at = -1;
        String last = null;
        for (Pattern p : List.of(TimeReferences.HALF, TimeReferences.H_HALF, TimeReferences.FISCAL_QUARTER)) {
            int group = p == TimeReferences.HALF ? 4 : p == TimeReferences.H_HALF ? 3 : 2;
            Matcher m = p.matcher(before);
            while (m.find()) {
                if (m.group(group) != null && m.start() > at) {
                    at = m.start();
                    last = fullYear(m.group(group));
                }
            }
        }
        for (Pattern p : List.of(MARKED, MARKED_LETTER, OF_THE_YEAR)) {
            Matcher m = p.matcher(before);
            while (m.find()) {
                String year = m.start() > at ? namedYear(text, from + m.start(), from + m.end()) : null;
                if (year != null) {
                    at = m.start();
                    last = year;
                }
            }
        }
        return last;
    }

    /**
     * The fiscal year named nearest the period at [start, end), in its sentence or the two before ("fiscal 2026",
     * "FY26"), or null.
     */
    private static String namedYear(String text, int start, int end) {
        int from = sentenceStart(text, start, 2);
        int to = sentenceEnd(text, end);
        Matcher m = TimeReferences.FISCAL.matcher(text.substring(from, to));
        String best = null;
        int distance = Integer.MAX_VALUE;
        while (m.find()) {
            int s = from + m.start();
            int d = s < start ? start - (from + m.end()) : s - end;
            if (d < distance && (s >= end || from + m.end() <= start)) {
                distance = d;
                best = fullYear(m.group(1));
            }
        }
        return best;
    }

    /** Where the sentence {@code back} sentences before the one of {@code pos} starts (0: its own). */
    private static int sentenceStart(String text, int pos, int back) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher m = BOUNDARY.matcher(text);
        while (m.find() && m.end() <= pos) {
            starts.add(m.end());
        }
        return starts.get(Math.max(0, starts.size() - 1 - back));
    }

    /** Where the sentence of {@code pos} ends. */
    private static int sentenceEnd(String text, int pos) {
        Matcher m = BOUNDARY.matcher(text);
        return m.find(pos) ? m.start() : text.length();
    }

    private static String fullYear(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }

    private static String cell(String kind, String word) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(word)).map(r -> r.get(2))
                .findFirst().orElse(null);
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }

    private static String alt(List<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }
}
