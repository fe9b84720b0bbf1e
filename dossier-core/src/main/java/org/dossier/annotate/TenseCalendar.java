package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.SentenceSpan;
import org.dossier.text.CalendarNames;

/**
 * The calendar choices {@link TimeResolver} and {@link TimeOffsets} make from an article's anchor and a clause's
 * tense: the tense a time expression's clause reports in, which weekday or month a tense points to, the year a
 * month and day take (nearest the anchor, or the year the sentence names before it: "Last year the month began on
 * March 11", or a year owning the noun the day is of: "vetoed last year's budget on July 2"). Use it for English
 * tagged text; it holds no state beyond the article.
 */
final class TenseCalendar {
    private static final Map<String, Integer> MONTH_STEMS = CalendarNames.monthStems("en");
    /** "Last year", "Next year", "In 2023" opening a sentence: the year its bare months and days are in. */
    private static final Pattern SENTENCE_YEAR = Pattern.compile(
            "^[\\s\"\u201c]*(?i:(last|next|this)\\s+year|in\\s+((?:19|20)\\d\\d))\\b(?!\\s*['\u2019]s)");

    /** Words before a time that make it a deadline ("by Sunday"), ahead in a present clause (word-tense.txt). */
    private static final java.util.Set<String> DEADLINES = java.util.Set.copyOf(org.dossier.rules.RuleFiles.table(
            Lexicon.class, "en", "word-tense.txt").stream().filter(r -> r.get(0).equals("deadline"))
            .map(r -> r.get(1)).toList());

    /** "vetoed last year's budget on July 2": a year owning the noun a day is of, a few words before the day. */
    private static final Pattern OWNED_YEAR = Pattern.compile(
            "(?i:\\b(last|next|this)\\s+year['\u2019]s)()\\s+(?:[\\p{L}-]+\\s+){1,3}$");

    /** Nouns of what is booked for a day ("bookings for Christmas week", "tickets for Friday"): ahead, whatever the
     * verb. */
    private static final java.util.Set<String> BOOKINGS = java.util.Set.copyOf(org.dossier.rules.RuleFiles.table(
            Lexicon.class, "en", "word-tense.txt").stream().filter(r -> r.get(0).equals("booking"))
            .map(r -> r.get(1)).toList());

    private final AnnotatedText doc;
    private final LocalDate anchor;
    private final LocalDate today;

    TenseCalendar(AnnotatedText doc, LocalDate anchor, LocalDate today) {
        this.doc = doc;
        this.anchor = anchor;
        this.today = today;
    }

    /** The tense of the clause the expression [start, end) with words {@code lower} attaches to. */
    Tense tenseAt(int start, int end, String lower) {
        if (lower.matches("(?s).*\\b(last|past|previous)\\b.*")) {
            return Tense.PAST;
        }
        if (lower.matches("(?s).*\\b(next|coming)\\b.*")) {
            return Tense.FUTURE;
        }
        List<TaggedToken> toks = doc.toks();
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).begin() >= start && toks.get(i).end() <= end) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        if (from < 0) {
            return Tense.PRESENT;
        }
        if (from > 1 && toks.get(from - 1).lower().equals("for") && BOOKINGS.contains(toks.get(from - 2).lower())
                && toks.get(from - 2).sentence() == toks.get(from).sentence()) {
            return Tense.FUTURE; // "Airfares for New Year's Eve have risen": what is booked for a day is ahead
        }
        Tense tense = Tense.around(toks, from, to);
        if (tense == Tense.PRESENT && from > 0 && DEADLINES.contains(toks.get(from - 1).lower())
                && toks.get(from - 1).sentence() == toks.get(from).sentence()) {
            return Tense.FUTURE; // "with winds easing by Sunday night": a deadline of a present clause is ahead
        }
        return tense;
    }

    /** The weekday nearest the anchor in the direction the tense gives (the anchor day itself included). */
    LocalDate weekday(DayOfWeek day, Tense tense) {
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case PRESENT -> ChronoUnit.DAYS.between(before, anchor) < ChronoUnit.DAYS.between(anchor, after)
                    ? before : after;
        };
    }

    /**
     * The first day of a month named without a year: the last one for the past, the next one for the future, this
     * year's for the present unless it lies more than eight months back ("begins in January" in October: the next).
     */
    LocalDate month(int month, Tense tense) {
        LocalDate same = LocalDate.of(anchor.getYear(), month, 1);
        LocalDate current = anchor.withDayOfMonth(1);
        return switch (tense) {
            case PAST -> same.isAfter(current) ? same.minusYears(1) : same;
            case FUTURE -> same.isBefore(current) ? same.plusYears(1) : same;
            case PRESENT -> same.isBefore(current.minusMonths(8)) ? same.plusYears(1) : same;
        };
    }

    /** A month and day with the year that puts it nearest the anchor (matching the weekday when one is given). */
    LocalDate monthDay(String month, int day, DayOfWeek weekday) {
        int mon = MONTH_STEMS.get(month);
        LocalDate ref = anchor != null ? anchor : today;
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (day > YearMonth.of(y, mon).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, mon, day);
            boolean fits = weekday == null || d.getDayOfWeek() == weekday;
            boolean bestFits = best != null && (weekday == null || best.getDayOfWeek() == weekday);
            long dist = Math.abs(ChronoUnit.DAYS.between(ref, d));
            if (best == null || fits && !bestFits
                    || fits == bestFits && dist < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The year the sentence holding {@code start} opens with ("Last year the holiday fell in March": the anchor's
     * year before), or null when it opens with none ("passed last year, takes effect on Jan. 1" keeps the nearest).
     */
    Integer sentenceYear(int start) {
        LocalDate ref = anchor != null ? anchor : today;
        int sentence = doc.sentenceAt(start);
        if (ref == null || sentence < 0 || sentence >= doc.sentences().size()) {
            return null;
        }
        SentenceSpan s = doc.sentences().get(sentence);
        Matcher m = SENTENCE_YEAR.matcher(doc.text().substring(Math.min(s.start(), start), start));
        if (!m.find()) {
            m = OWNED_YEAR.matcher(doc.text().substring(Math.max(Math.min(s.start(), start), start - 60), start));
            if (!m.find()) {
                return null;
            }
        }
        return m.group(2) != null && !m.group(2).isEmpty() ? Integer.valueOf(m.group(2)) : ref.getYear()
                + switch (m.group(1).toLowerCase(Locale.ROOT)) { case "next" -> 1; case "last" -> -1; default -> 0; };
    }
}
