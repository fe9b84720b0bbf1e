package org.dossier.synthesize;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.SentenceSpan;

/** The usable sentence spans of an article (the whole text when the annotations have none). */
final class Sentences {
    private Sentences() {}

    /** The articles with missing annotations replaced by empty ones, so later steps need no null checks. */
    static List<AnnotatedArticle> complete(List<AnnotatedArticle> articles) {
        return articles.stream().map(a -> a.annotations() != null ? a : new AnnotatedArticle(a.article(),
                new Annotations(a.id(), a.article().published(), List.of(), List.of(), List.of(), List.of()))).toList();
    }

    static List<SentenceSpan> of(AnnotatedArticle a) {
        int len = a.article().text().length();
        List<SentenceSpan> s = a.annotations().sentences().stream()
                .filter(x -> 0 <= x.start() && x.start() <= x.end() && x.end() <= len).toList();
        return s.isEmpty() && len > 0 ? List.of(new SentenceSpan(0, len)) : s;
    }

    /** The sentence a time mention sits in: its index when valid, else the one containing its start. */
    static SentenceSpan containing(AnnotatedArticle a, int index, int offset) {
        List<SentenceSpan> all = a.annotations().sentences();
        if (index >= 0 && index < all.size() && all.get(index).start() <= offset && offset <= all.get(index).end()) {
            return all.get(index);
        }
        for (SentenceSpan s : of(a)) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
