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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Article;

/**
 * Full-text search over the stored articles (Lucene): title, text, outlet and story id of each, in a folder beside
 * the store ({@link #open}) or in memory ({@link #inMemory}, for tests). The index is made from the articles when the
 * folder holds none or holds another number of articles than the store (the store changed since); otherwise the
 * one on disk is used. It is read-only while the server runs: articles ingested meanwhile are found after a restart.
 * Queries are Lucene's classic syntax ({@code "a phrase"}, {@code title:word}, {@code AND}, {@code -word}); words
 * are matched in the title (weighed twice), the text and the outlet. Safe to share between threads.
 */
public final class ArticleIndex implements AutoCloseable {
    static final String ID = "id";
    static final String STORY = "story";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    private static final String[] SEARCHED = {TITLE, TEXT, OUTLET};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2f, TEXT, 1f, OUTLET, 1f);

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final boolean rebuilt;

    private ArticleIndex(Directory directory, List<Article> articles, Function<String, String> storyOf) throws IOException {
        this.directory = directory;
        this.rebuilt = count(directory) != articles.size();
        if (rebuilt) {
            write(directory, articles, storyOf);
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * The index in {@code folder}, made now from {@code articles} (with {@code storyOf} giving each one's story id)
     * when the folder has none or it counts another number of articles.
     */
    public static ArticleIndex open(Path folder, List<Article> articles, Function<String, String> storyOf) throws IOException {
        return new ArticleIndex(FSDirectory.open(folder), articles, storyOf);
    }

    /** An index of {@code articles} in memory. */
    public static ArticleIndex inMemory(List<Article> articles, Function<String, String> storyOf) throws IOException {
        return new ArticleIndex(new ByteBuffersDirectory(), articles, storyOf);
    }

    /** Whether opening made the index anew (it was missing or stale). */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** The number of articles indexed. */
    public int size() {
        return reader.numDocs();
    }

    /**
     * The {@code limit} best matches of {@code query}, each with its highlighted passages; {@code storyOf} gives an
     * article's story now (stories merge while the index stays), falling back to the one indexed when it gives null.
     */
    public SearchResult search(String query, int limit, Function<String, String> storyOf) throws BadQueryException {
        Query parsed = parse(query);
        try {
            TopDocs top = searcher.search(parsed, limit);
            Snippets snippets = new Snippets(parsed, analyzer);
            List<SearchHit> hits = new ArrayList<>();
            Set<String> stories = new LinkedHashSet<>();
            var fields = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = fields.document(sd.doc);
                String id = d.get(ID);
                String story = storyOf.apply(id);
                story = story == null ? d.get(STORY) : story;
                if (story != null) {
                    stories.add(story);
                }
                hits.add(new SearchHit(id, story, d.get(TITLE), d.get(OUTLET), snippets.of(d.get(TEXT)), sd.score));
            }
            return new SearchResult(query, top.totalHits.value, List.copyOf(hits), List.copyOf(stories));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query matches too many words: narrow its wildcards", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String query) throws BadQueryException {
        if (query == null || query.isBlank()) {
            throw new BadQueryException("the query is empty", null);
        }
        QueryParser parser = new MultiFieldQueryParser(SEARCHED, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new BadQueryException("cannot read the query: " + message, e);
        }
    }

    private static int count(Directory directory) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return r.numDocs();
        } catch (IndexNotFoundException e) {
            return -1;
        }
    }

    private void write(Directory directory, List<Article> articles, Function<String, String> storyOf) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(directory, config)) {
            for (Article a : articles) {
                Document d = new Document();
                d.add(new StringField(ID, a.id(), Field.Store.YES));
                String story = storyOf.apply(a.id());
                if (story != null) {
                    d.add(new StringField(STORY, story, Field.Store.YES));
                }
                d.add(new TextField(TITLE, a.title() == null ? "" : a.title(), Field.Store.YES));
                d.add(new TextField(TEXT, a.text() == null ? "" : a.text(), Field.Store.YES));
                d.add(new TextField(OUTLET, a.outlet() == null ? "" : a.outlet(), Field.Store.YES));
                w.addDocument(d);
            }
            w.commit();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
