package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.TimeMention;
import org.dossier.synthesize.claims.ClaimSource;
import org.dossier.synthesize.claims.Claims;
import org.dossier.synthesize.claims.FoundClaim;
import org.dossier.synthesize.claims.Quantity;

/**
 * Reads the numeric claims of each article's sentences, skipping numbers that belong to dates and quantities
 * that carry no claim ({@link Claims#inSentence}); each claim keeps its amount as reported (a vague one as written,
 * with no value), whom its sentence credits ({@link ClaimSource}) or, where the figure's own words say whose it is,
 * that one ({@link Quantity#source()}: "the coast guard's estimate of 120 tonnes"), the day its statement is dated by, outside quotes
 * ({@link #statedDay}: "said on Monday that the firm had lost £1.2 million"), else its article's date as precisely
 * as known (a bound for an article dated only as written before a day) and the figure just before it is a part of, if any
 * ({@link Claims#withParts}).
 */
final class ClaimExtractor {
    private ClaimExtractor() {}

    static List<FoundClaim> extract(List<AnnotatedArticle> articles) {
        List<FoundClaim> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            String text = a.article().text();
            LocalDate before = Anchors.before(a);
            LocalDate date = before != null ? before : Anchors.anchor(a);
            String precision = before != null ? "before" : "day";
            boolean estimated = before == null && Anchors.estimated(a);
            List<int[]> timeSpans = a.annotations().times().stream().map(t -> new int[] {t.start(), t.end()}).toList();
            List<int[]> quotes = a.annotations().quotes().stream().map(q -> new int[] {q.start(), q.end()}).toList();
            List<TimeMention> clauseTimes = a.annotations().times().stream()
                    .filter(t -> quotes.stream().noneMatch(q -> q[0] <= t.start() && t.start() < q[1])).toList();
            List<FoundClaim> own = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (SentenceSpan s : Sentences.of(a)) {
                spans.add(new int[] {s.start(), s.end()});
                String sentence = text.substring(s.start(), s.end());
                String source = null;
                for (Quantity q : Claims.inSentence(sentence, s.start(), timeSpans)) {
                    if (!insideTime(q, a.annotations().times())) {
                        source = source != null ? source : ClaimSource.of(sentence);
                        String credited = q.source() != null ? q.source() : source;
                        String phrase = text.substring(q.start(), q.end());
                        boolean vague = q.vague();
                        LocalDate day = before != null || estimated ? date // a day of its own: "said on Monday that …"
                                : statedDay(clauseTimes, text, s, q, date);
                        own.add(new FoundClaim(new Claim(q.subject(), vague ? null : q.value(),
                                vague ? null : q.low(), vague ? null : q.high(), q.unit(), phrase, a.id(), day,
                                new Span(a.id(), q.start(), q.end()), q.label(), vague, credited, precision,
                                estimated), q, s.start()));
                    }
                }
            }
            out.addAll(Claims.withParts(own, text, spans, timeSpans));
        }
        return out;
    }

    /**
     * The day a figure is stated on when its sentence says so: a time of day precision, not after the article's
     * date, that opens the sentence ("On Tuesday the company put the loss at …") or follows a verb crediting a figure
     * ("Reddy said on Monday that …"), before the figure (the nearest), or one right after the figure ("rose to 31 on
     * Wednesday"). A time elsewhere dates something else ("the storm that hit on Thursday killed 57"). Else
     * {@code day}.
     */
    private static LocalDate statedDay(List<TimeMention> times, String text, SentenceSpan s, Quantity q, LocalDate day) {
        TimeMention best = null;
        for (TimeMention t : times) {
            if (t.date() == null || !"day".equals(t.precision()) || day != null && t.date().isAfter(day)
                    || t.start() < s.start() || t.end() > s.end()) {
                continue;
            }
            if (t.end() <= q.start() && (opensSentence(text, s, t) || afterReportingVerb(text, t))
                    && (best == null || t.start() > best.start())) {
                best = t;
            } else if (t.start() >= q.end() && t.start() - q.end() <= 4 && best == null) {
                best = t;
            }
        }
        return best != null ? best.date() : day;
    }

    private static boolean opensSentence(String text, SentenceSpan s, TimeMention t) {
        String before = text.substring(s.start(), t.start()).strip();
        return before.isEmpty() || before.matches("(?i)\\p{L}{1,3}"); // "On Tuesday", "Tuesday"
    }

    private static boolean afterReportingVerb(String text, TimeMention t) {
        String before = text.substring(Math.max(0, t.start() - 24), t.start()).strip();
        String[] words = before.split("\\s+");
        int n = words.length;
        String last = n == 0 ? "" : words[n - 1];
        return ClaimSource.reportingVerb(last) || n >= 2 && last.length() <= 3 && ClaimSource.reportingVerb(words[n - 2]);
    }

    private static boolean insideTime(Quantity q, List<TimeMention> times) {
        for (TimeMention t : times) {
            if (t.start() < q.end() && q.start() < t.end() && t.start() <= q.start()) {
                return true;
            }
        }
        return false;
    }
}
