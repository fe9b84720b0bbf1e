package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;
import org.dossier.text.CalendarNames;

/**
 * English time references the tagger leaves out or reads with the wrong granularity, with TIMEX3-style values
 * resolved against the article's anchor: halves of a year ("the first half" of a sentence on profits 2025-H1, "H2
 * 2024", "the second half of next year"), fiscal years ("fiscal 2024" FY2024), quarters written "Q4" (the one nearest the anchor), "mid-2024" 2024,
 * centuries ("the 19th century" 18), "a decade ago" as the decade (201 in 2022), "tomorrow" / "yesterday" /
 * "tonight" where nothing else read them, "year to date" and "by year-end" the year, "the new year" said in
 * October to December the next year, "50 years ago this week" that week back then, the present, past and future as wholes ("now" PRESENT_REF), and a month named alone after "since" or "until" (the last or next such
 * month). Words are rule data ({@code en/time-references.txt}, {@code en/month-parts.txt}). Pure; for
 * {@link TimexValues#all}: the values of {@link #find} replace the values found inside their spans, those of
 * {@link #fill} are kept only where nothing else was read.
 */
final class TimeReferences {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "time-references.txt");
    private static final Map<String, String> NUMBER_WORDS = Lexicon.columns("number-words.txt");
    private static final Map<String, Integer> MONTHS = CalendarNames.monthWords("en");
    private static final Set<String> HALF_CONTEXT = Set.copyOf(words("half-context"));

    private static final String FISCAL_YEAR = "(?:" + alt(words("fiscal")) + ")\\s?'?((?:19|20)\\d\\d|\\d\\d)\\b";
    /** "the first half" (of the year, of 2026, of next year; "of fiscal 2026" FY2026-H1, group 4). */
    static final Pattern HALF = Pattern.compile("(?i)\\b(?:the\\s+)?(" + alt(words("half"))
            + ")[- ]half(?:\\s+of\\s+(?:the\\s+year|((?:19|20)\\d\\d)|(next|last|this)\\s+year|(?:the\\s+)?"
            + FISCAL_YEAR + "))?\\b");
    /** "H2", "H1 2025", "H1 FY26" (the fiscal year's half, group 3). */
    static final Pattern H_HALF = Pattern.compile("\\bH([12])(?:\\s+((?:19|20)\\d\\d)|\\s+(?i:" + FISCAL_YEAR
            + "))?\\b");
    static final Pattern FISCAL = Pattern.compile("(?i)\\b" + FISCAL_YEAR);
    private static final Pattern QUARTER = Pattern.compile("\\bQ([1-4])(?:\\s+((?:19|20)\\d\\d))?\\b");
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?i)\\b(?:the\\s+)?(" + alt(words("quarter"))
            + ")[- ]quarter\\b(?!\\s+of\\s+(?:the\\s+)?(?:\\d|fiscal|financial|next|last|this))(?:\\s+of\\s+the\\s+year)?");
    /** "the fourth quarter of fiscal 2025" FY2025-Q4: a quarter of a fiscal year. */
    static final Pattern FISCAL_QUARTER = Pattern.compile("(?i)\\b(?:the\\s+)?(" + alt(words("quarter"))
            + ")[- ]quarter\\s+of\\s+(?:the\\s+)?(?:" + alt(words("fiscal")) + ")\\s?'?((?:19|20)\\d\\d|\\d\\d)\\b");
    private static final Map<String, String> FRAMES = Lexicon.columns("season-frames.txt");
    /** "last week's meeting": a framed unit owning a noun, which the tagger leaves out. */
    private static final Pattern OWN_UNIT = Pattern.compile("(?i)\\b(" + alt(FRAMES.keySet()) + ")\\s+("
            + alt(words("own-unit")) + ")(?=['\u2019]s\\b)");
    /** "by year-end", "at month-end": the end of the anchor's own unit, valued as that unit. */
    private static final Pattern PERIOD_END = Pattern.compile("(?i)\\b(" + alt(words("period-end")) + ")\\b"
            + "(?!-|\\s+(?:of\\s+)?\\d)");
    private static final Pattern PART_YEAR = Pattern.compile("(?i)\\b(?:" + alt(Lexicon.lines("month-parts.txt"))
            + ")[- ]((?:19|20)\\d\\d)\\b(?!s)");
    private static final Pattern CENTURY = Pattern.compile("(?i)\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(an?|\\d{1,2}|" + alt(NUMBER_WORDS.keySet()) + ")\\s+("
            + alt(words("ago-unit")) + ")\\s+ago\\b");
    /** "50 years ago this week": the anchor's week (month, day) that many years back. */
    private static final Pattern YEARS_AGO_FRAME = Pattern.compile("(?i)\\b(an?|\\d{1,3}|" + alt(NUMBER_WORDS.keySet())
            + ")\\s+years?\\s+ago\\s+(" + alt(words("ago-frame")) + ")\\b");
    private static final Pattern TO_DATE = Pattern.compile("(?i)\\b(" + alt(words("to-date")) + ")\\b");
    private static final Pattern DAY = Pattern.compile("(?i)\\b(" + alt(words("day")) + ")\\b");
    private static final Pattern REF = Pattern.compile("(?i)\\b(" + alt(words("ref")) + ")\\b");
    private static final Pattern SINCE_MONTH = Pattern.compile("\\b(?i:(" + alt(words("since")) + "|"
            + alt(words("until")) + "))\\s+(" + alt(MONTHS.keySet().stream()
            .map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).toList()) + ")\\b\\.?(?!\\s*\\d)");

    /** "in the new year" (no "New Year's Day"): the year the anchor's turns into, read in the year's last months. */
    private static final Pattern NEW_YEAR = Pattern.compile("\\bthe\\s+new\\s+year\\b(?!['\u2019]s)");

    private TimeReferences() {}

    /** The halves, fiscal years, quarters, years, centuries and decades of {@code text}, in text order. */
    static List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        int year = anchor.getYear();
        Matcher m = HALF.matcher(text);
        while (m.find()) {
            String half = cell("half", m.group(1).toLowerCase(Locale.ROOT));
            if (m.group(4) != null) {
                out.add(value(text, m.start(), m.end(), "FY" + fullYear(m.group(4)) + "-" + half));
            } else if (m.group(2) != null || m.group().toLowerCase(Locale.ROOT).contains("year")
                    || halfContext(text, m.start()) && !SportParts.inMatch(text, m.start())) {
                int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(3) == null ? year
                        : year + switch (m.group(3).toLowerCase(Locale.ROOT)) { case "next" -> 1; case "last" -> -1;
                            default -> 0; }; // "the second half of next year"
                String fiscal = m.group(2) == null && !m.group().toLowerCase(Locale.ROOT).contains("year")
                        ? FiscalPeriods.yearBefore(text, m.start()) : null; // "of the year" stays the calendar's
                out.add(value(text, m.start(), m.end(), (fiscal != null ? "FY" + fiscal : String.valueOf(y)) + "-" + half));
            }
        }
        m = H_HALF.matcher(text);
        while (m.find()) {
            String fiscal = m.group(3) != null ? fullYear(m.group(3))
                    : m.group(2) == null ? FiscalPeriods.yearBefore(text, m.start()) : null;
            out.add(value(text, m.start(), m.end(), (fiscal != null ? "FY" + fiscal
                    : m.group(2) != null ? m.group(2) : String.valueOf(year)) + "-H" + m.group(1)));
        }
        m = FISCAL_QUARTER.matcher(text);
        while (m.find()) {
            String y = m.group(2).length() == 2 ? "20" + m.group(2) : m.group(2);
            out.add(value(text, m.start(), m.end(), "FY" + y + "-Q" + cell("quarter", m.group(1).toLowerCase(Locale.ROOT))));
        }
        m = FISCAL.matcher(text);
        while (m.find()) {
            String y = m.group(1).length() == 2 ? "20" + m.group(1) : m.group(1);
            out.add(value(text, m.start(), m.end(), "FY" + y));
        }
        m = QUARTER.matcher(text);
        while (m.find()) {
            int q = Integer.parseInt(m.group(1));
            int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : nearestQuarterYear(q, anchor);
            out.add(value(text, m.start(), m.end(), y + "-Q" + q));
        }
        m = ORDINAL_QUARTER.matcher(text);
        while (m.find()) {
            int q = Integer.parseInt(cell("quarter", m.group(1).toLowerCase(Locale.ROOT)));
            if (!SportParts.inMatch(text, m.start())) {
                String fiscal = FiscalPeriods.yearBefore(text, m.start()); // "third-quarter" after a fiscal quarter
                out.add(value(text, m.start(), m.end(), fiscal != null ? "FY" + fiscal + "-Q" + q
                        : nearestQuarterYear(q, anchor) + "-Q" + q));
            }
        }
        m = PART_YEAR.matcher(text);
        while (m.find()) {
            out.add(value(text, m.start(), m.end(), m.group(1)));
        }
        m = CENTURY.matcher(text);
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            if (c >= 1 && c <= 21) {
                out.add(value(text, m.start(), m.end(), String.format(Locale.ROOT, "%02d", c - 1)));
            }
        }
        m = AGO.matcher(text);
        while (m.find()) {
            List<String> unit = row("ago-unit", m.group(2).toLowerCase(Locale.ROOT));
            int n = count(m.group(1).toLowerCase(Locale.ROOT));
            if (n > 0 && unit != null) {
                int back = year - n * Integer.parseInt(unit.get(2));
                String digits = String.valueOf(back);
                int keep = Integer.parseInt(unit.get(3));
                out.add(value(text, m.start(), m.end(), digits.substring(0, Math.min(keep, digits.length()))));
            }
        }
        m = YEARS_AGO_FRAME.matcher(text);
        while (m.find()) {
            LocalDate back = anchor.minusYears(count(m.group(1).toLowerCase(Locale.ROOT)));
            out.add(value(text, m.start(), m.end(), unitValue(back, cell("ago-frame", frame(m.group(2))))));
        }
        m = TO_DATE.matcher(text);
        while (m.find()) {
            out.add(value(text, m.start(), m.end(), unitValue(anchor, cell("to-date", frame(m.group(1))))));
        }
        m = NEW_YEAR.matcher(text);
        while (m.find()) {
            if (anchor.getMonthValue() >= 10 && WordTense.before(text, m.start()) != Tense.PAST) {
                out.add(value(text, m.start(), m.end(), String.valueOf(year + 1))); // "ballot again in the new year"
            }
        }
        List<TimeValue> fiscal = FiscalPeriods.find(text); // "its fiscal second quarter" over its "second quarter"
        out.removeIf(o -> fiscal.stream().anyMatch(f -> f.start() <= o.start() && o.end() <= f.end()));
        out.addAll(fiscal);
        out.sort(Comparator.comparingInt(TimeValue::start));
        return out;
    }

    private static String frame(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** {@code d} as the value of its week, month, day or year. */
    private static String unitValue(LocalDate d, String unit) {
        return switch (unit) {
            case "week" -> TimexValues.of(new org.dossier.model.TimeMention("", 0, 0, d, "week", 0));
            case "month" -> String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            case "day" -> d.toString();
            default -> String.valueOf(d.getYear());
        };
    }

    /**
     * The day words and the months after "since" / "until" of {@code text}, resolved against {@code anchor}: to be
     * kept only where nothing else was read.
     */
    static List<TimeValue> fill(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        int year = anchor.getYear();
        Matcher m = DAY.matcher(text);
        while (m.find()) {
            List<String> r = row("day", m.group(1).toLowerCase(Locale.ROOT));
            String part = r.size() > 3 ? r.get(3) : "";
            out.add(value(text, m.start(), m.end(), anchor.plusDays(Integer.parseInt(r.get(2))) + part));
        }
        m = OWN_UNIT.matcher(text);
        while (m.find()) {
            String frame = FRAMES.get(m.group(1).toLowerCase(Locale.ROOT));
            int shift = "last".equals(frame) ? -1 : "next".equals(frame) ? 1 : 0;
            if (m.group(1).equalsIgnoreCase("the") || m.group(1).equalsIgnoreCase("in")) {
                continue;
            }
            String v = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "week" -> TimexValues.of(new org.dossier.model.TimeMention("", 0, 0, anchor.plusWeeks(shift),
                        "week", 0));
                case "month" -> String.format(Locale.ROOT, "%d-%02d", anchor.plusMonths(shift).getYear(),
                        anchor.plusMonths(shift).getMonthValue());
                default -> String.valueOf(year + shift);
            };
            out.add(value(text, m.start(), m.end(), v));
        }
        m = PERIOD_END.matcher(text);
        while (m.find()) {
            out.add(value(text, m.start(), m.end(), cell("period-end", m.group(1).toLowerCase(Locale.ROOT))
                    .equals("month") ? String.format(Locale.ROOT, "%d-%02d", year, anchor.getMonthValue())
                    : String.valueOf(year)));
        }
        m = REF.matcher(text);
        while (m.find()) {
            out.add(value(text, m.start(), m.end(), cell("ref", m.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " "))));
        }
        m = SINCE_MONTH.matcher(text);
        while (m.find()) {
            boolean since = words("since").contains(m.group(1).toLowerCase(Locale.ROOT));
            String name = m.group(2).toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
            if (month == null) {
                continue;
            }
            LocalDate d = LocalDate.of(year, month, 1);
            LocalDate current = anchor.withDayOfMonth(1);
            if (since && d.isAfter(current)) {
                d = d.minusYears(1);
            } else if (!since && d.isBefore(current)) {
                d = d.plusYears(1);
            }
            out.add(value(text, m.start(2), m.end(2), String.format(Locale.ROOT, "%d-%02d", d.getYear(),
                    d.getMonthValue())));
        }
        out.sort(Comparator.comparingInt(TimeValue::start));
        return out;
    }

    /**
     * Whether the sentence around {@code pos} or the one before it holds a word that makes "the first half" a half of
     * the year ("First-half profit fell … It expects the second half to be stronger"), and no word of a match does.
     */
    private static boolean halfContext(String text, int pos) {
        int end = Math.max(Math.max(text.lastIndexOf(". ", pos), text.lastIndexOf('\n', pos)), 0);
        int from = end == 0 ? 0 : Math.max(Math.max(text.lastIndexOf(". ", end - 1), text.lastIndexOf('\n', end - 1)), 0);
        int to = text.indexOf(". ", pos);
        String sentence = text.substring(from, to < 0 ? text.length() : to).toLowerCase(Locale.ROOT);
        for (String w : sentence.split("[^\\p{L}]+")) {
            if (HALF_CONTEXT.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String fullYear(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }

    /** The year of quarter {@code q} nearest the anchor (a "Q4" reported in February is the last year's). */
    private static int nearestQuarterYear(int q, LocalDate anchor) {
        int best = anchor.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate mid = LocalDate.of(y, q * 3 - 1, 15);
            long distance = Math.abs(mid.toEpochDay() - anchor.toEpochDay());
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int count(String word) {
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return Integer.parseInt(NUMBER_WORDS.getOrDefault(word, "0"));
    }

    private static TimeValue value(String text, int start, int end, String value) {
        return new TimeValue(start, end, text.substring(start, end), value);
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }

    private static List<String> row(String kind, String word) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(word)).findFirst().orElse(null);
    }

    private static String cell(String kind, String word) {
        List<String> r = row(kind, word);
        return r == null ? null : r.get(2);
    }

    private static String alt(java.util.Collection<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }
}
