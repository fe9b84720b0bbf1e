package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.TimeMention;
import org.dossier.synthesize.claims.Claims;
import org.dossier.synthesize.claims.FoundClaim;
import org.dossier.synthesize.claims.Quantity;

/**
 * Reads the numeric claims of each article's sentences, skipping numbers that belong to dates and quantities
 * that carry no claim ({@link Claims#inSentence}).
 */
final class ClaimExtractor {
    private ClaimExtractor() {}

    static List<FoundClaim> extract(List<AnnotatedArticle> articles) {
        List<FoundClaim> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            String text = a.article().text();
            LocalDate date = Anchors.anchor(a);
            List<int[]> timeSpans = a.annotations().times().stream().map(t -> new int[] {t.start(), t.end()}).toList();
            for (SentenceSpan s : Sentences.of(a)) {
                for (Quantity q : Claims.inSentence(text.substring(s.start(), s.end()), s.start(), timeSpans)) {
                    if (!insideTime(q, a.annotations().times())) {
                        String phrase = text.substring(q.start(), q.end());
                        out.add(new FoundClaim(new Claim(q.subject(), q.value(), q.low(), q.high(), q.unit(), phrase,
                                a.id(), date, new Span(a.id(), q.start(), q.end())), q));
                    }
                }
            }
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
