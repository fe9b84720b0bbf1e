package org.dossier.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexOptions;
import org.dossier.model.Article;
import org.dossier.port.StoredArticle;
import org.dossier.text.TextWords;
import org.junit.jupiter.api.Test;

/** A document made from the words ingest cut is the one the analyzer makes of the strings: tokens and stored values. */
class IndexFromWordsTest {
    private static final Analyzer ANALYZER = new StandardAnalyzer();

    private static final String[][] TEXTS = {
        {"Minister WARNS of 2,500 job cuts", "The minister said on Monday that 2,500 jobs (12.5 %) could go. "
                + "\"We can't wait,\" she told reporters at 10:30 in New York; e-mail press@example.org for more."},
        {"Zürich: Straßenbahn fährt wieder", "Die Verkehrsbetriebe teilten am Dienstag mit, dass die Linie 4 ab "
                + "dem 3. März wieder fährt. „Wir sind erleichtert“, sagte ein Sprecher."},
        {"L’Élysée dément", "« Il n’y a pas eu d’accord », a déclaré l’entourage du président à l’AFP."},
        {"Fans cheer 🎉 in Milano", "La squadra 🏆 ha vinto 3-1; 东京 and 서울 reported it too, see https://t.co/x"},
        {null, "A text without a title, with U.S. and O'Brien and well-known words."},
    };

    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + pos.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
            out.add("end " + off.endOffset());
        }
        return out;
    }

    private static StoredArticle stored(String title, String text) {
        Article a = new Article("a1", "test", "https://news.example/1", title, List.of(), LocalDate.of(2026, 3, 2),
                List.of(), "Example News", "en", List.of(), text, 0, null, null);
        return new StoredArticle(1, a, "s1");
    }

    private static IndexableField indexed(Document d, String field) {
        for (IndexableField f : d.getFields(field)) {
            if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                return f;
            }
        }
        return null;
    }

    private static void assertSameDocument(Document expected, Document actual) throws IOException {
        for (String field : new String[] {IndexedArticle.TITLE, IndexedArticle.TEXT, IndexedArticle.OUTLET}) {
            assertEquals(expected.get(field), actual.get(field), "stored " + field);
            IndexableField e = indexed(expected, field);
            IndexableField a = indexed(actual, field);
            assertNotNull(a, "indexed " + field);
            assertEquals(e.fieldType().indexOptions(), a.fieldType().indexOptions(), field);
            assertEquals(e.fieldType().omitNorms(), a.fieldType().omitNorms(), field);
            assertEquals(tokens(e.tokenStream(ANALYZER, null)), tokens(a.tokenStream(ANALYZER, null)), field);
        }
        assertEquals(expected.get(IndexedArticle.ID), actual.get(IndexedArticle.ID));
        assertEquals(expected.get(IndexedArticle.STORY), actual.get(IndexedArticle.STORY));
    }

    @Test
    void titleAndTextFromTheirWordsGiveTheAnalyzersTokensInSeveralLanguages() throws IOException {
        for (String[] t : TEXTS) {
            StoredArticle s = stored(t[0], t[1]);
            Document fromWords = IndexedArticle.document(s, TextWords.of(t[0], t[1]));
            assertTrue(fromWords.getFields(IndexedArticle.TEXT).length == 2, "the text's words were taken: " + t[1]);
            assertSameDocument(IndexedArticle.document(s), fromWords);
        }
    }

    @Test
    void wordsOfAnotherTitleAreNotTaken() throws IOException {
        StoredArticle s = stored("Title filled in from a feed item", "The same text as the words were read from.");
        Document d = IndexedArticle.document(s, TextWords.of(null, s.article().text()));
        assertEquals(1, d.getFields(IndexedArticle.TITLE).length, "analyzed as a string, not from the words");
        assertSameDocument(IndexedArticle.document(s), d);
    }

    @Test
    void aWordLongerThanTheTokenizerKeepsIsCutAsTheAnalyzerCutsIt() throws IOException {
        String text = "A word too long to keep: " + "x".repeat(600) + " and the rest of the text.";
        StoredArticle s = stored("Long", text);
        Document d = IndexedArticle.document(s, TextWords.of("Long", text));
        assertEquals(2, d.getFields(IndexedArticle.TEXT).length, "taken from the words");
        assertSameDocument(IndexedArticle.document(s), d);
    }
}
