package org.dossier.server.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Article;
import org.dossier.port.StoredArticle;

/**
 * A small search index for the query tests: a few short articles in English, German and French written for them
 * (no store), in a folder, opened as {@link ArticleIndex}.
 */
final class SearchFixture {
    static final List<String[]> ARTICLES = List.of(
            new String[] {"Bridge to reopen after repairs", "Officials said on Monday that the river bridge would "
                    + "reopen next week after two months of repairs, the city council announced."},
            new String[] {"Talks on grain exports resume", "Negotiators met again in the capital on Tuesday. "
                    + "\"We are making progress,\" the minister told reporters after the meeting."},
            new String[] {"Brücke wird wieder geöffnet", "Die Brücke über den Fluss soll nach Angaben der Stadt "
                    + "in der kommenden Woche wieder für den Verkehr freigegeben werden."},
            new String[] {"Reprise des négociations", "Les négociateurs se sont retrouvés mardi dans la capitale, "
                    + "a déclaré le ministre aux journalistes."});

    private SearchFixture() {}

    /** The index of {@link #ARTICLES} in {@code folder}, each its own story. */
    static ArticleIndex index(Path folder) throws IOException {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < ARTICLES.size(); i++) {
                String[] a = ARTICLES.get(i);
                Article article = new Article("a" + i, "fixture", "https://news.example/" + i, a[0], List.of(),
                        LocalDate.of(2026, 3, 2), List.of(), "news.example", i < 2 ? "en" : i == 2 ? "de" : "fr",
                        List.of(), a[1], 0, null, null);
                w.addDocument(IndexedArticle.document(new StoredArticle(i + 1, article, "s" + i)));
            }
            w.commit();
        }
        return ArticleIndex.open(folder);
    }
}
