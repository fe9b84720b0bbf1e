package org.dossier.annotate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * English "two days later" / "a week earlier": a day counted from the last day the text named before it ("walked
 * out on Feb. 1 … Two days later" 2023-02-03), and "two months later than planned" as the duration P2M. Counts and
 * units are rule data ({@code en/number-words.txt}, {@code en/later-words.txt}). Pure; for {@link TimexValues#all}.
 */
final class LaterDays {
    private static final Map<String, String> NUMBER_WORDS = Lexicon.columns("number-words.txt");
    private static final Map<String, String> SHIFTS = Lexicon.columns("later-words.txt");
    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);
    private static final Pattern LATER = Pattern.compile("(?i)\\b(\\d{1,3}|"
            + String.join("|", NUMBER_WORDS.keySet()) + ")\\s+(day|week|month|year)s?\\s+("
            + String.join("|", SHIFTS.keySet()) + ")\\b(\\s+than\\b)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private LaterDays() {}

    /** The spans of {@code text} counted from a day, given the values found so far ({@code found}, text order). */
    static List<TimeValue> find(String text, List<TimeValue> found) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = LATER.matcher(text);
        while (m.find()) {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count)
                    : Integer.parseInt(NUMBER_WORDS.getOrDefault(count, "0"));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (n <= 0) {
                continue;
            }
            if (m.group(4) != null) {
                out.add(new TimeValue(m.start(), m.start(3) - 1, text.substring(m.start(), m.start(3)).strip(),
                        "P" + n + Character.toUpperCase(unit.charAt(0))));
                continue;
            }
            LocalDate from = lastDayBefore(found, m.start());
            if (from != null) {
                int sign = "earlier".equals(SHIFTS.get(m.group(3).toLowerCase(Locale.ROOT))) ? -1 : 1;
                out.add(new TimeValue(m.start(), m.end(), m.group(), from.plus(sign * n, UNITS.get(unit)).toString()));
            }
        }
        return out;
    }

    private static LocalDate lastDayBefore(List<TimeValue> found, int pos) {
        LocalDate day = null;
        for (TimeValue v : found) {
            if (v.end() <= pos && DAY.matcher(v.value()).matches()) {
                try {
                    day = LocalDate.parse(v.value());
                } catch (DateTimeParseException e) {
                    day = null;
                }
            }
        }
        return day;
    }
}
