package org.dossier.server.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passages of an article's text that best match a query, as safe HTML: the matched words in {@code <mark>},
 * everything else escaped, passages of about {@value #FRAGMENT} characters joined by " … "; the text's opening
 * when the query matched only the title or outlet. One per search (it holds the query's scorer).
 */
final class Snippets {
    static final int FRAGMENT = 160;
    private static final int PASSAGES = 2;

    private final UnifiedHighlighter highlighter;
    private final Query query;

    Snippets(IndexSearcher searcher, Query query, Analyzer analyzer) {
        this.query = query;
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " \u2026 ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), FRAGMENT, 0.5f))
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false) // each matched word marked, as a phrase's words are found
                .build();
    }

    /** The snippets of the top documents, in their order; a text the query did not match gives its opening. */
    String[] of(TopDocs top, String[] texts) throws IOException {
        String[] out = highlighter.highlight(IndexedArticle.TEXT, query, top, PASSAGES);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null || out[i].isEmpty()) {
                out[i] = opening(texts[i]);
            }
        }
        return out;
    }

    private static String opening(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String opening = text.length() <= FRAGMENT ? text : text.substring(0, FRAGMENT) + " \u2026";
        return opening.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }
}
