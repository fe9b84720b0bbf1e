package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.QuoteMention;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameParts;

/** The story's quotes with named speakers mapped to canonical entity names; unnamed ones keep their description. */
final class Quotes {
    private Quotes() {}

    static List<Quote> collect(List<AnnotatedArticle> articles, EntityIndex index) {
        List<Quote> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (QuoteMention q : a.annotations().quotes()) {
                out.add(new Quote(speaker(q.speaker(), index), q.speakerDescription(), q.text(), a.id(),
                        new Span(a.id(), q.start(), q.end())));
            }
        }
        return out;
    }

    static String speaker(String raw, EntityIndex index) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String canonical = index.canonical(raw);
        if (canonical != null) {
            return canonical;
        }
        NameParts parts = NameParts.of(raw, true);
        return parts.junk() ? null : parts.name();
    }
}
