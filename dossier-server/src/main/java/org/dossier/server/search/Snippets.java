package org.dossier.server.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * The passages of an article's text that best match a query, as safe HTML: the matched words in {@code <mark>},
 * everything else escaped, passages of about {@value #FRAGMENT} characters joined by " … "; the text's opening
 * when the query matched only the title or outlet. One per search (it holds the query's scorer).
 */
final class Snippets {
    static final int FRAGMENT = 160;
    private static final int PASSAGES = 2;

    private final Highlighter highlighter;
    private final Analyzer analyzer;
    private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();

    Snippets(Query query, Analyzer analyzer) {
        QueryScorer scorer = new QueryScorer(query, IndexedArticle.TEXT);
        this.highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
        this.highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        this.highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        this.analyzer = analyzer;
    }

    String of(String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            String[] best = highlighter.getBestFragments(analyzer, IndexedArticle.TEXT, text, PASSAGES);
            if (best.length > 0) {
                return String.join(" … ", best);
            }
        } catch (InvalidTokenOffsetsException e) {
            // the analyzer's offsets always fit the text it read; fall back to the opening all the same
        }
        String opening = text.length() <= FRAGMENT ? text : text.substring(0, FRAGMENT) + " …";
        return encoder.encodeText(opening);
    }
}
