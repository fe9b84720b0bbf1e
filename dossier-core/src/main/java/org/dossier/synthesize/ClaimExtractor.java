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
 * that one ({@link Quantity#source()}: "the coast guard's estimate of 120 tonnes"), its article's date as precisely as known (a
 * bound for an article dated only as written before a day) and the figure just before it is a part of, if any
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
                        own.add(new FoundClaim(new Claim(q.subject(), vague ? null : q.value(),
                                vague ? null : q.low(), vague ? null : q.high(), q.unit(), phrase, a.id(), date,
                                new Span(a.id(), q.start(), q.end()), q.label(), vague, credited, precision,
                                estimated), q, s.start()));
                    }
                }
            }
            out.addAll(Claims.withParts(own, text, spans, timeSpans));
        }
        return out;
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
