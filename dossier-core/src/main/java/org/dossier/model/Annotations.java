package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the annotate stage found in one article: sentences, entity mentions, time expressions and quotes,
 * with the anchor date used to resolve relative times and, when it is not the page's own date, why it was
 * chosen; {@code anchorEstimated} when that date is not the article's own (an undated article read against its
 * story's dates), so days it names only relatively ("on Friday") are estimates. Stored so an article is
 * annotated once.
 */
public record Annotations(
        String articleId,
        LocalDate anchor,
        List<SentenceSpan> sentences,
        List<EntityMention> entities,
        List<TimeMention> times,
        List<QuoteMention> quotes,
        String anchorNote,
        boolean anchorEstimated) {

    public Annotations {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
    }

    /** Annotations whose anchor needs no explanation. */
    public Annotations(String articleId, LocalDate anchor, List<SentenceSpan> sentences, List<EntityMention> entities,
                       List<TimeMention> times, List<QuoteMention> quotes) {
        this(articleId, anchor, sentences, entities, times, quotes, null, false);
    }

    /** Annotations with the reason for their anchor. */
    public Annotations(String articleId, LocalDate anchor, List<SentenceSpan> sentences, List<EntityMention> entities,
                       List<TimeMention> times, List<QuoteMention> quotes, String anchorNote) {
        this(articleId, anchor, sentences, entities, times, quotes, anchorNote, false);
    }

    public Annotations withAnchorNote(String note) {
        return new Annotations(articleId, anchor, sentences, entities, times, quotes, note, anchorEstimated);
    }

    /** These annotations with the reason for their anchor and whether the anchor is an estimate. */
    public Annotations withAnchor(String note, boolean estimated) {
        return new Annotations(articleId, anchor, sentences, entities, times, quotes, note, estimated);
    }
}
