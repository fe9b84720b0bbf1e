package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the annotate stage found in one article: sentences, entity mentions, time expressions and quotes,
 * with the anchor date used to resolve relative times. Stored so an article is annotated once.
 */
public record Annotations(
        String articleId,
        LocalDate anchor,
        List<SentenceSpan> sentences,
        List<EntityMention> entities,
        List<TimeMention> times,
        List<QuoteMention> quotes) {

    public Annotations {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
    }
}
