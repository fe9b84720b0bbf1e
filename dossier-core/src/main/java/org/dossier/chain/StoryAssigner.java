package org.dossier.chain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.cluster.StoryClusterer;
import org.dossier.dedup.Deduplicator;
import org.dossier.dedup.MinHashDeduplicator;
import org.dossier.model.Article;
import org.dossier.port.StoreException;
import org.dossier.text.TextFeatures;

/**
 * The story assigner: dedup, copy routing and clustering, in that order. Each article is first compared with
 * those seen before (a copy, repost or translation is marked); a copy goes where its original is, without a
 * clustering decision; any other article joins the story clustering finds or opens one. Stateful: use one per
 * thread, and drop it when what it was told did not land (a failed batch), so it leaves no trace.
 */
public final class StoryAssigner {
    private final Deduplicator dedup;
    private final StoryClusterer clusterer;

    StoryAssigner(Deduplicator dedup, StoryClusterer clusterer) {
        this.dedup = dedup;
        this.clusterer = clusterer;
    }

    /** Where the story of an article already placed is kept (the store, or a map in a benchmark). */
    @FunctionalInterface
    public interface StoryLookup {
        Optional<String> storyOf(String articleId) throws StoreException;
    }

    /**
     * An article's place: the article with its copy relation set, its story, and the stories merged since the
     * last assignment (absorbed id → id that took it over, in merge order), whose articles the caller moves.
     */
    public record Assignment(Article article, String storyId, Map<String, String> merges) {}

    /** Counts a coming batch into the clustering's corpus statistics before any of it is assigned. */
    public void prime(List<ProcessedArticle> batch) {
        for (ProcessedArticle p : batch) {
            clusterer.prime(doc(p.article(), p.features()));
        }
    }

    /**
     * The article with dedup's signature computed ahead, for a caller that prepares articles on several threads
     * before one assigner places them (the same signature {@link #assign} would compute; safe from any thread).
     */
    public static ProcessedArticle signed(ProcessedArticle p) {
        return p.features() == null || p.signature() != null ? p
                : new ProcessedArticle(p.page(), p.article(), p.features(),
                        MinHashDeduplicator.sign(p.article(), p.features()));
    }

    /** Rebuilds state from an article placed before (read back from the store): no decision is made. */
    public void restore(Article article, Optional<String> storyId) {
        TextFeatures features = TextFeatures.of(article.title(), article.text(), article.language());
        dedup.add(article, features);
        storyId.ifPresent(s -> clusterer.restore(doc(article, features), s));
    }

    /** Marks the article's copy relation and places it; {@code placed} finds the stories of earlier articles. */
    public Assignment assign(ProcessedArticle p, StoryLookup placed) throws StoreException {
        Article a = dedup.add(p.article(), p.features(), p.signature());
        String original = a.duplicateOf() != null ? a.duplicateOf() : a.derivedFrom();
        Optional<String> story = original == null ? Optional.empty() : placed.storyOf(original);
        String id;
        if (story.isPresent()) {
            clusterer.restore(doc(a, p.features()), story.get());
            id = story.get();
        } else {
            id = clusterer.assign(doc(a, p.features()));
        }
        return new Assignment(a, id, clusterer.takeMerges());
    }

    /**
     * Ends a batch: the stories its articles, all placed now, show to be one are merged (absorbed id → id that took
     * it over, in merge order), whose articles the caller moves.
     */
    public Map<String, String> settle() {
        clusterer.settle();
        return clusterer.takeMerges();
    }

    /** The sizes of its state: articles dedup remembers, open stories, features of the term statistics. */
    public record State(int remembered, int openStories, int vocabulary) {}

    public State state() {
        return new State(dedup.remembered(), clusterer.openCount(), clusterer.vocabulary());
    }

    private static StoryClusterer.Doc doc(Article a, TextFeatures features) {
        return new StoryClusterer.Doc(a.id(), a.title(), a.text(), a.published(), a.language(), features);
    }
}
