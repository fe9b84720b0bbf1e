package org.dossier.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dossier.port.StoreException;
import org.dossier.port.StoredArticle;
import org.dossier.port.StoryStore;
import org.dossier.text.TextWords;

/**
 * Full-text search over the stored articles (Lucene): title, text, outlet, language and story of each
 * ({@link IndexedArticle}), in a folder beside the store ({@link #open}) or in memory ({@link #inMemory}, for
 * tests). Each commit records how far along the store's ingest order it has read ({@link StoryStore#lastSeq}), so
 * {@link #catchUp} adds just the articles stored since — after every ingest, from the server or from
 * {@code dossier ingest} in another process — and makes the index anew ({@link #rebuild}) when it has no such
 * record or is ahead of the store (another store's index). A writer is opened only for a catch-up and closed after
 * it, so two processes take turns; a search sees the newest commit. Queries are Lucene's classic syntax
 * ({@code "a phrase"}, {@code title:word}, {@code AND}, {@code -word}); words are matched in the title (weighed
 * twice), the text and the outlet; hostile queries are bounded or refused by {@link QueryReader}. Safe to share
 * between threads.
 */
public final class ArticleIndex implements AutoCloseable {
    /** The index's folder in a store's data folder. */
    public static final String FOLDER = "search-index";
    static final String SEQ = "dossier.seq";
    private static final String[] SEARCHED = {IndexedArticle.TITLE, IndexedArticle.TEXT, IndexedArticle.OUTLET};
    private static final Map<String, Float> BOOSTS = Map.of(IndexedArticle.TITLE, 2f, IndexedArticle.TEXT, 1f,
            IndexedArticle.OUTLET, 1f);
    private static final int CHUNK = 2_000;
    private static final int LOCK_TRIES = 50;

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final QueryReader queries = new QueryReader(SEARCHED, BOOSTS, analyzer,
            Set.of(IndexedArticle.ID, IndexedArticle.STORY, IndexedArticle.LANGUAGE));
    private volatile DirectoryReader reader;

    private ArticleIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = openReader(directory);
    }

    /** The index's folder beside the store in {@code dataDir}. */
    public static Path in(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** The index in {@code folder} as it is (empty when there is none): {@link #catchUp} brings it up to a store. */
    public static ArticleIndex open(Path folder) throws IOException {
        return new ArticleIndex(FSDirectory.open(folder));
    }

    /** An empty index in memory. */
    public static ArticleIndex inMemory() throws IOException {
        return new ArticleIndex(new ByteBuffersDirectory());
    }

    /** The number of articles indexed. */
    public int size() {
        DirectoryReader r = reader;
        return r == null ? 0 : r.numDocs();
    }

    /** How far along the store's ingest order the newest commit has read; -1 when it does not say (none, or old). */
    public long indexedSeq() {
        DirectoryReader r = reader;
        if (r == null) {
            return -1;
        }
        try {
            String seq = r.getIndexCommit().getUserData().get(SEQ);
            return seq == null ? -1 : Long.parseLong(seq);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Adds the articles {@code store} holds past this index's position (all of them, made anew, when the index has
     * no position or is ahead of the store) and returns how many were added; 0 when it was up to date.
     */
    public synchronized int catchUp(StoryStore store) throws IOException, StoreException {
        refresh();
        long storeSeq = store.lastSeq();
        long indexed = indexedSeq();
        if (indexed == storeSeq) {
            return 0;
        }
        if (indexed < 0 || indexed > storeSeq) {
            return rebuild(store);
        }
        return write(store, indexed, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** Makes the index anew from every article {@code store} holds; returns how many. */
    public synchronized int rebuild(StoryStore store) throws IOException, StoreException {
        return write(store, 0, IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * Adds a batch the store has just committed ({@code batch}: its articles as {@link StoryStore#articlesAfter}
     * reads them, in order) without reading it back, when it follows on from this index's position; otherwise
     * catches up with {@code store} as {@link #catchUp} does. Returns how many articles were added.
     */
    public synchronized int append(List<StoredArticle> batch, StoryStore store) throws IOException, StoreException {
        return append(batch, null, store);
    }

    /**
     * As {@link #append(List, StoryStore)}, with the words of each article's title and text as ingest cut them
     * ({@code words}, aligned with {@code batch}; null, or a null entry, when not at hand), which the index takes
     * instead of tokenizing those strings again when they were read from them (the same documents).
     */
    public synchronized int append(List<StoredArticle> batch, List<TextWords> words, StoryStore store)
            throws IOException, StoreException {
        refresh();
        long indexed = indexedSeq();
        if (batch.isEmpty() || indexed < 0 || indexed != batch.get(0).seq() - 1) {
            return catchUp(store);
        }
        if (words != null && words.size() != batch.size()) {
            throw new IllegalArgumentException("words for " + words.size() + " of " + batch.size() + " articles");
        }
        try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
            long seq = indexed;
            for (int i = 0; i < batch.size(); i++) {
                StoredArticle a = batch.get(i);
                w.updateDocument(new Term(IndexedArticle.ID, a.article().id()),
                        IndexedArticle.document(a, words == null ? null : words.get(i)));
                seq = a.seq();
            }
            commit(w, seq);
        }
        refresh();
        return batch.size();
    }

    private int write(StoryStore store, long after, IndexWriterConfig.OpenMode mode) throws IOException, StoreException {
        int added = 0;
        try (IndexWriter w = writer(mode)) {
            long seq = after;
            for (List<StoredArticle> chunk = store.articlesAfter(seq, CHUNK); !chunk.isEmpty();
                 chunk = store.articlesAfter(seq, CHUNK)) {
                seq = add(w, chunk, seq);
                added += chunk.size();
            }
            commit(w, seq);
        }
        refresh();
        return added;
    }

    /** Adds (or replaces) the articles' documents; returns the position of the last. */
    private static long add(IndexWriter w, List<StoredArticle> articles, long seq) throws IOException {
        for (StoredArticle a : articles) {
            w.updateDocument(new Term(IndexedArticle.ID, a.article().id()), IndexedArticle.document(a));
            seq = a.seq();
        }
        return seq;
    }

    /** Commits what was added, recording the store position it has read up to. */
    private static void commit(IndexWriter w, long seq) throws IOException {
        w.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
        w.commit();
    }

    /** A writer, waiting a while when another process (a {@code dossier ingest}, a server) holds the index's lock. */
    private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
            } catch (LockObtainFailedException e) {
                if (attempt == LOCK_TRIES) {
                    throw new IOException("the search index is being written by another process: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted waiting for the search index", interrupted);
                }
            }
        }
    }

    /** Moves the searcher to the newest commit (this process's or another's). */
    private synchronized void refresh() throws IOException {
        DirectoryReader old = reader;
        if (old == null) {
            reader = openReader(directory);
            return;
        }
        DirectoryReader fresh = DirectoryReader.openIfChanged(old);
        if (fresh != null) {
            reader = fresh;
            old.close(); // a search still using it finishes first: Lucene counts its references
        }
    }

    private static DirectoryReader openReader(Directory directory) throws IOException {
        try {
            return DirectoryReader.open(directory);
        } catch (IndexNotFoundException e) {
            return null;
        }
    }

    /**
     * The {@code limit} best matches of {@code query}, each with its highlighted passages; {@code storyOf} gives an
     * article's story now (stories merge while the index stays), falling back to the one indexed when it gives null.
     */
    public SearchResult search(String query, int limit, Function<String, String> storyOf) throws BadQueryException {
        Query parsed = parse(query);
        DirectoryReader r = acquire();
        if (r == null) {
            return new SearchResult(query, 0, List.of(), List.of());
        }
        try {
            IndexSearcher searcher = new IndexSearcher(r);
            TopDocs top = searcher.search(parsed, limit);
            var fields = searcher.storedFields();
            Document[] docs = new Document[top.scoreDocs.length];
            String[] texts = new String[docs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = fields.document(top.scoreDocs[i].doc);
                texts[i] = docs[i].get(IndexedArticle.TEXT);
            }
            String[] snippets = new Snippets(searcher, parsed, analyzer).of(top, texts);
            List<SearchHit> hits = new ArrayList<>();
            Set<String> stories = new LinkedHashSet<>();
            for (int i = 0; i < docs.length; i++) {
                Document d = docs[i];
                String id = d.get(IndexedArticle.ID);
                String story = storyOf.apply(id);
                story = story == null ? d.get(IndexedArticle.STORY) : story;
                if (story != null) {
                    stories.add(story);
                }
                hits.add(new SearchHit(id, story, d.get(IndexedArticle.TITLE), d.get(IndexedArticle.OUTLET),
                        snippets[i], top.scoreDocs[i].score));
            }
            return new SearchResult(query, top.totalHits.value, List.copyOf(hits), List.copyOf(stories));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query matches too many words: narrow its wildcards", e);
        } catch (TooComplexToDeterminizeException e) {
            throw new BadQueryException("the query's wildcards are too complex", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(r);
        }
    }

    /** The ids of up to {@code max} articles whose title or text has {@code name} as a phrase (an entity filter). */
    public List<String> mentioning(String name, int max) throws BadQueryException {
        String phrase = "\"" + name.replace("\\", " ").replace("\"", " ").strip() + "\"";
        Query parsed = parse(IndexedArticle.TITLE + ":" + phrase + " OR " + IndexedArticle.TEXT + ":" + phrase);
        DirectoryReader r = acquire();
        if (r == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = new IndexSearcher(r);
            List<String> out = new ArrayList<>();
            var fields = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(parsed, max).scoreDocs) {
                out.add(fields.document(sd.doc, Set.of(IndexedArticle.ID)).get(IndexedArticle.ID));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(r);
        }
    }

    private DirectoryReader acquire() {
        while (true) {
            DirectoryReader r = reader;
            if (r == null || r.tryIncRef()) {
                return r;
            }
        }
    }

    private static void release(DirectoryReader r) {
        if (r != null) {
            try {
                r.decRef();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Query parse(String query) throws BadQueryException {
        return queries.read(query);
    }

    @Override
    public synchronized void close() throws IOException {
        if (reader != null) {
            reader.decRef();
            reader = null;
        }
        directory.close();
    }
}
