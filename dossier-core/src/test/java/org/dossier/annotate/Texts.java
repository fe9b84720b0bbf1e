package org.dossier.annotate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dossier.model.Annotations;
import org.dossier.model.Article;

/**
 * Test helper: annotates a short text with the shared annotator (CoreNLP is loaded once per test JVM), whose today
 * is fixed at {@link #TODAY} whatever the real date.
 */
final class Texts {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final CoreNlpAnnotator ANNOTATOR = annotatorOn(TODAY);

    private Texts() {}

    /** An annotator for which today is {@code today}. */
    static CoreNlpAnnotator annotatorOn(LocalDate today) {
        return new CoreNlpAnnotator(Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    static Article article(String id, String text) {
        return new Article(id, null, null, null, null, null, null, null, "en", null, text, 0, null, null);
    }

    static Annotations annotate(String text, LocalDate anchor) {
        return ANNOTATOR.annotate(article("t", text), anchor);
    }
}
