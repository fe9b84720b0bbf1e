package org.dossier.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.app.IngestReport;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.port.PageInput;
import org.dossier.port.StoreException;
import org.dossier.port.StoryList;
import org.dossier.port.StoryQuery;
import org.dossier.port.StorySummary;
import org.dossier.server.search.ArticleIndex;
import org.dossier.server.search.BadQueryException;
import org.dossier.server.search.SearchResult;

/**
 * What the server reads and does, over the use cases of one {@link Workspace}: story lists (the store's summary
 * query), stories, articles, dossiers, search and ingest. Unknown ids are 404 {@link Problem}s. A story's dossier is
 * made on first request (the NLP models load then, once) and kept while the story's articles stay the same; at
 * most {@value #DOSSIERS_KEPT} are kept, the least recently asked for going first. The search index
 * ({@link ArticleIndex}) is opened on first use, in a folder when one is given, else in memory, and caught up with
 * the store whenever the store has grown (an ingest here, or {@code dossier ingest} in another process). Safe to
 * share between the server's threads.
 */
public final class Catalogue implements AutoCloseable {
    static final int DOSSIERS_KEPT = 32;
    /** The most articles an entity filter looks at. */
    static final int MENTIONS_MAX = 100_000;

    private final Workspace workspace;
    private final Path indexFolder;
    private volatile ArticleIndex index;
    private volatile long indexedSeq = -1;
    private volatile Facets facets;
    private final Map<String, Kept> dossiers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > DOSSIERS_KEPT;
        }
    };

    /** A dossier with the article ids it was made from. */
    private record Kept(List<String> articleIds, StoryDossier dossier) {}

    /** The outlets and languages of the stored articles with their counts, as of store position {@code seq}. */
    record Facets(long seq, Map<String, Integer> outlets, Map<String, Integer> languages) {}

    /** Over {@code workspace}, with the search index in memory. */
    public Catalogue(Workspace workspace) {
        this(workspace, null);
    }

    /** Over {@code workspace}, with the search index kept in {@code indexFolder} (beside the store). */
    public Catalogue(Workspace workspace, Path indexFolder) {
        this.workspace = workspace;
        this.indexFolder = indexFolder;
    }

    /** The search index, opened on first use and caught up with the store when the store has grown since. */
    public ArticleIndex index() throws StoreException {
        long storeSeq = workspace.store().lastSeq();
        if (index != null && indexedSeq == storeSeq) {
            return index;
        }
        synchronized (this) {
            try {
                if (index == null) {
                    index = indexFolder == null ? ArticleIndex.inMemory() : ArticleIndex.open(indexFolder);
                }
                index.catchUp(workspace.store());
                indexedSeq = index.indexedSeq();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the search index" + (indexFolder == null ? "" : " in " + indexFolder)
                        + ": " + e.getMessage(), e);
            }
            return index;
        }
    }

    /** The {@code limit} articles that best match {@code query}, each with its story as the store has it now. */
    public SearchResult search(String query, int limit) throws StoreException, BadQueryException {
        return index().search(query, limit, id -> {
            try {
                return storyOf(id);
            } catch (StoreException e) {
                return null;
            }
        });
    }

    /** The stories a filter asks for (an entity: the stories with an article naming it, through the search index). */
    public StoryList stories(StoryFilter filter) throws StoreException {
        Set<String> storyIds = null;
        if (filter.entity() != null) {
            try {
                storyIds = workspace.store().storiesOf(index().mentioning(filter.entity(), MENTIONS_MAX));
            } catch (BadQueryException e) {
                throw Problem.badRequest("cannot read the entity: " + e.getMessage());
            }
        }
        return workspace.store().storyList(filter.query(storyIds));
    }

    /** Every stored story's summary, most articles first (the store's order). */
    public List<StorySummary> summaries() throws StoreException {
        return workspace.store().storyList(StoryQuery.all(0, Integer.MAX_VALUE)).stories();
    }

    /** How many stories the store holds. */
    public int storyCount() throws StoreException {
        return workspace.store().storyList(StoryQuery.all(0, 0)).total();
    }

    /** The outlets and languages of the stored articles, counted again only when the store has grown. */
    Facets facets() throws StoreException {
        long seq = workspace.store().lastSeq();
        Facets f = facets;
        if (f == null || f.seq() != seq) {
            f = new Facets(seq, workspace.store().articleCounts(false), workspace.store().articleCounts(true));
            facets = f;
        }
        return f;
    }

    /** Ingests the input (one writer at a time, as {@link Workspace#ingest}), then brings the search index up to date. */
    public IngestReport ingest(PageInput input) throws StoreException {
        IngestReport r = workspace.ingest(input, Progress.NONE);
        index();
        return r;
    }

    /** The story with this id; a 404 problem when there is none. */
    public Story story(String id) throws StoreException {
        return workspace.story(id).orElseThrow(() -> Problem.notFound("no story " + id));
    }

    /** The story's articles that the store holds, in the story's order. */
    public List<Article> articles(Story story) throws StoreException {
        List<Article> out = new java.util.ArrayList<>();
        for (String id : story.articleIds()) {
            workspace.store().article(id).ifPresent(out::add);
        }
        return out;
    }

    /** The article with this id; a 404 problem when there is none. */
    public Article article(String id) throws StoreException {
        return workspace.store().article(id).orElseThrow(() -> Problem.notFound("no article " + id));
    }

    /** The id of the story the article belongs to, or null. */
    public String storyOf(String articleId) throws StoreException {
        return workspace.store().storyOf(articleId).orElse(null);
    }

    /** The story's dossier: kept from an earlier request while the story has the same articles, else made now. */
    public StoryDossier dossier(Story story) throws StoreException {
        synchronized (dossiers) {
            Kept k = dossiers.get(story.id());
            if (k != null && k.articleIds().equals(story.articleIds())) {
                return k.dossier();
            }
        }
        StoryDossier d = workspace.dossier(story, Progress.NONE);
        synchronized (dossiers) {
            dossiers.put(story.id(), new Kept(story.articleIds(), d));
        }
        return d;
    }

    /** Closes the search index, if one was opened. */
    @Override
    public synchronized void close() throws IOException {
        indexedSeq = -1;
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
