package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the annotate stage found in one article: sentences, entity mentions, time expressions and quotes,
 * with the anchor they were resolved against as the anchor policy chose it ({@code org.dossier.anchor.Anchor},
 * whose {@code recordedIn} sets the anchor fields): the date, why it was chosen when it is not the page's own
 * date, and {@code anchorEstimated} when that date is not the article's own (an undated article read against its
 * story's dates), so days it names only relatively ("on Friday") are estimates; {@code anchorBefore}, when set,
 * is the bound the evidence gives such an article: written before that day. {@code analysis} is null when the
 * article was read with a model of its language, else why it could not be analysed fully (no model of its language:
 * its entities are then candidates that the story's other articles must confirm). {@code annotatedBy} names the
 * annotator and rules version that made them (null: made before annotations were tagged, or by an annotator that
 * does not tag them). Stored so an article is annotated once, until the annotator that would read it changes.
 */
public record Annotations(
        String articleId,
        LocalDate anchor,
        List<SentenceSpan> sentences,
        List<EntityMention> entities,
        List<TimeMention> times,
        List<QuoteMention> quotes,
        String anchorNote,
        boolean anchorEstimated,
        LocalDate anchorBefore,
        String analysis,
        String annotatedBy) {

    public Annotations {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
    }

    /** Annotations not tagged with what made them. */
    public Annotations(String articleId, LocalDate anchor, List<SentenceSpan> sentences, List<EntityMention> entities,
                       List<TimeMention> times, List<QuoteMention> quotes, String anchorNote, boolean anchorEstimated,
                       LocalDate anchorBefore, String analysis) {
        this(articleId, anchor, sentences, entities, times, quotes, anchorNote, anchorEstimated, anchorBefore, analysis,
                null);
    }

    /** Annotations of an article read with a model of its language, whose anchor has no bound. */
    public Annotations(String articleId, LocalDate anchor, List<SentenceSpan> sentences, List<EntityMention> entities,
                       List<TimeMention> times, List<QuoteMention> quotes, String anchorNote, boolean anchorEstimated) {
        this(articleId, anchor, sentences, entities, times, quotes, anchorNote, anchorEstimated, null, null);
    }

    /** Annotations whose anchor needs no explanation. */
    public Annotations(String articleId, LocalDate anchor, List<SentenceSpan> sentences, List<EntityMention> entities,
                       List<TimeMention> times, List<QuoteMention> quotes) {
        this(articleId, anchor, sentences, entities, times, quotes, null, false, null, null);
    }

    /** These annotations with their anchor: its date, the reason for it and whether it is an estimate. */
    public Annotations withAnchor(LocalDate date, String note, boolean estimated) {
        return withAnchor(date, note, estimated, null);
    }

    /** These annotations with their anchor and the bound before which the article was written (null: none). */
    public Annotations withAnchor(LocalDate date, String note, boolean estimated, LocalDate before) {
        return new Annotations(articleId, date, sentences, entities, times, quotes, note, estimated, before, analysis,
                annotatedBy);
    }

    /** These annotations with why the article could not be analysed fully (null: it was). */
    public Annotations withAnalysis(String note) {
        return new Annotations(articleId, anchor, sentences, entities, times, quotes, anchorNote, anchorEstimated,
                anchorBefore, note, annotatedBy);
    }

    /** These annotations with other entities (the story's confirmation of a model-less article's candidates). */
    public Annotations withEntities(List<EntityMention> confirmed) {
        return new Annotations(articleId, anchor, sentences, confirmed, times, quotes, anchorNote, anchorEstimated,
                anchorBefore, analysis, annotatedBy);
    }

    /** These annotations tagged with the annotator and rules version that made them. */
    public Annotations withAnnotatedBy(String tag) {
        return new Annotations(articleId, anchor, sentences, entities, times, quotes, anchorNote, anchorEstimated,
                anchorBefore, analysis, tag);
    }

    /** The same annotations for another article of the same text, language and anchor (a repost, one agency's copy). */
    public Annotations withArticleId(String id) {
        return new Annotations(id, anchor, sentences, entities, times, quotes, anchorNote, anchorEstimated,
                anchorBefore, analysis, annotatedBy);
    }
}
