package org.dossier.port;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.model.Story;

/**
 * The storage port: what the use cases keep between runs — pages seen, clean articles, their stories and
 * their annotations. Implementations are safe to use from several threads; the writes of one
 * {@link #inTransaction} land together or not at all.
 */
public interface StoryStore extends AutoCloseable {
    /** A unit of work run inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} in one transaction: all its writes land, or none do (and the failure is rethrown). */
    <T> T inTransaction(Work<T> work) throws StoreException;

    boolean hasPage(String id) throws StoreException;

    /** Stores a page's provenance and its clean article. */
    void putArticle(RawPage page, Article article) throws StoreException;

    /**
     * Replaces the stored metadata of an article already stored (what a later feed item said of it); its page and
     * story stay. A store that cannot refuses.
     */
    default void updateArticle(Article article) throws StoreException {
        throw new StoreException("this store cannot update a stored article", null);
    }

    /** All articles in the order they were ingested. */
    List<Article> articles() throws StoreException;

    Optional<Article> article(String id) throws StoreException;

    /** Puts an article in a story, creating the story (with this working title) if it is new. */
    void assignStory(String articleId, String storyId, String title) throws StoreException;

    /** Moves every article of story {@code from} into story {@code into} (clustering merged them) and drops {@code from}. */
    void mergeStory(String from, String into) throws StoreException;

    /** Stories with their article ids, most articles first. */
    List<Story> stories() throws StoreException;

    /** The story an article belongs to, if it has been clustered. */
    Optional<String> storyOf(String articleId) throws StoreException;

    /** The story with this id and its article ids (in ingest order), if there is one. */
    default Optional<Story> story(String id) throws StoreException {
        return stories().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The stories {@code query} asks for, as summaries, with how many match in all. A store keeps the summaries
     * beside the stories so that a list of many stories reads no article; this default computes them from
     * {@link #stories} and {@link #articles}.
     */
    default StoryList storyList(StoryQuery query) throws StoreException {
        return StorySummaries.list(stories(), articles(), query);
    }

    /** The outlets (or languages, with {@code languages}) of the stored articles, with how many articles each. */
    default java.util.Map<String, Integer> articleCounts(boolean languages) throws StoreException {
        return StorySummaries.counts(articles(), languages);
    }

    /** The position of the last article stored in the ingest order (0 when there is none); it only grows. */
    default long lastSeq() throws StoreException {
        return articles().size();
    }

    /** Up to {@code limit} articles stored after position {@code seq} of the ingest order, in that order, with their stories. */
    default List<StoredArticle> articlesAfter(long seq, int limit) throws StoreException {
        List<Article> all = articles();
        List<StoredArticle> out = new java.util.ArrayList<>();
        for (int i = (int) Math.min(seq, all.size()); i < all.size() && out.size() < limit; i++) {
            out.add(new StoredArticle(i + 1, all.get(i), storyOf(all.get(i).id()).orElse(null)));
        }
        return out;
    }

    /** The stories the given articles belong to now (an article not clustered adds none). */
    default java.util.Set<String> storiesOf(java.util.Collection<String> articleIds) throws StoreException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String id : articleIds) {
            storyOf(id).ifPresent(out::add);
        }
        return out;
    }

    void putAnnotations(Annotations annotations) throws StoreException;

    Optional<Annotations> annotations(String articleId) throws StoreException;

    @Override
    void close();
}
