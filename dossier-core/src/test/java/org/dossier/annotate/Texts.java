package org.dossier.annotate;

import java.time.LocalDate;
import org.dossier.model.Annotations;
import org.dossier.model.Article;

/** Test helper: annotates a short text with the shared annotator (CoreNLP is loaded once per test JVM). */
final class Texts {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private Texts() {}

    static Article article(String id, String text) {
        return new Article(id, null, null, null, null, null, null, null, "en", null, text, 0, null, null);
    }

    static Annotations annotate(String text, LocalDate anchor) {
        return ANNOTATOR.annotate(article("t", text), anchor);
    }
}
