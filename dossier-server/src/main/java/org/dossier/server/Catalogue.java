package org.dossier.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.port.StoreException;
import org.dossier.server.search.ArticleIndex;
import org.dossier.server.search.BadQueryException;
import org.dossier.server.search.SearchResult;

/**
 * What the server reads, over the use cases of one {@link Workspace}: story summaries, stories, articles and
 * dossiers. Unknown ids are 404 {@link Problem}s. A story's dossier is made on first request (the NLP models load
 * then, once) and kept while the story's articles stay the same; at most {@value #DOSSIERS_KEPT} are kept, the
 * least recently asked for going first. The search index ({@link ArticleIndex}) is opened, or made, on first use
 * ({@link #index}): in a folder when one is given, else in memory. Safe to share between the server's threads.
 */
public final class Catalogue implements AutoCloseable {
    static final int DOSSIERS_KEPT = 32;

    private final Workspace workspace;
    private final Path indexFolder;
    private ArticleIndex index;
    private final Map<String, Kept> dossiers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > DOSSIERS_KEPT;
        }
    };

    /** A dossier with the article ids it was made from. */
    private record Kept(List<String> articleIds, StoryDossier dossier) {}

    /** Over {@code workspace}, with the search index in memory. */
    public Catalogue(Workspace workspace) {
        this(workspace, null);
    }

    /** Over {@code workspace}, with the search index kept in {@code indexFolder} (beside the store). */
    public Catalogue(Workspace workspace, Path indexFolder) {
        this.workspace = workspace;
        this.indexFolder = indexFolder;
    }

    /** The search index: opened on first use, made from the stored articles when missing or stale. */
    public synchronized ArticleIndex index() throws StoreException {
        if (index == null) {
            List<Article> articles = workspace.store().articles();
            Map<String, String> storyOf = new HashMap<>();
            for (Story s : workspace.stories()) {
                s.articleIds().forEach(id -> storyOf.put(id, s.id()));
            }
            try {
                index = indexFolder == null ? ArticleIndex.inMemory(articles, storyOf::get)
                        : ArticleIndex.open(indexFolder, articles, storyOf::get);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index" + (indexFolder == null ? "" : " in " + indexFolder), e);
            }
        }
        return index;
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

    /** Every stored story's summary, most articles first (the store's order). */
    public List<StorySummary> summaries() throws StoreException {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : workspace.store().articles()) {
            byId.put(a.id(), a);
        }
        List<StorySummary> out = new ArrayList<>();
        for (Story s : workspace.stories()) {
            List<Article> articles = s.articleIds().stream().map(byId::get).filter(Objects::nonNull).toList();
            out.add(summary(s, articles));
        }
        return out;
    }

    private static StorySummary summary(Story s, List<Article> articles) {
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Article a : articles) {
            if (a.outlet() != null && !a.outlet().isBlank()) {
                outlets.add(a.outlet());
            }
            if (a.language() != null && !a.language().isBlank()) {
                languages.add(a.language());
            }
            LocalDate d = a.published();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        return new StorySummary(s.id(), s.title(), s.articleIds().size(), List.copyOf(outlets),
                List.copyOf(languages), first, last);
    }

    /** The story with this id; a 404 problem when there is none. */
    public Story story(String id) throws StoreException {
        return workspace.story(id).orElseThrow(() -> Problem.notFound("no story " + id));
    }

    /** The story's articles that the store holds, in the story's order. */
    public List<Article> articles(Story story) throws StoreException {
        List<Article> out = new ArrayList<>();
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
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
