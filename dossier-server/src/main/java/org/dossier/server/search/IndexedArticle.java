package org.dossier.server.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.dossier.model.Article;
import org.dossier.port.StoredArticle;
import org.dossier.text.TextWords;

/**
 * The fields an article has in the search index ({@link ArticleIndex}) and the document made of it: from the
 * article's strings, or with its title and text given as the words already cut from them ({@link TextWords}, as
 * ingest has them), which the index then takes instead of tokenizing the strings again (the same document).
 */
final class IndexedArticle {
    static final String ID = "id";
    static final String STORY = "story";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** The text's field: stored, and its postings keep offsets so that snippets need not analyse it again. */
    static final org.apache.lucene.document.FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";

    private IndexedArticle() {}

    /** The text's field without its stored value, for a text given as its words (stored apart, same name). */
    private static final FieldType TEXT_INDEXED = notStored(TEXT_WITH_OFFSETS);
    private static final FieldType TITLE_INDEXED = notStored(TextField.TYPE_STORED);

    static Document document(StoredArticle stored) {
        return document(stored, null);
    }

    /**
     * The article's document; {@code words} (null when not at hand), the words of its title and text, are taken
     * for those fields when they were read from exactly these strings and have no gaps, else the strings are
     * analyzed as usual.
     */
    static Document document(StoredArticle stored, TextWords words) {
        Article a = stored.article();
        if (words == null || words.gaps() || !words.readFrom(a.title(), a.text())) {
            return analyzed(stored);
        }
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        if (stored.storyId() != null) {
            d.add(new StringField(STORY, stored.storyId(), Field.Store.YES));
        }
        String title = a.title() == null ? "" : a.title();
        String text = a.text() == null ? "" : a.text();
        d.add(new StoredField(TITLE, title));
        d.add(new Field(TITLE, new WordsTokenStream(words, 0, words.titleWords(), title.length()), TITLE_INDEXED));
        d.add(new StoredField(TEXT, text));
        d.add(new Field(TEXT, new WordsTokenStream(words, words.titleWords(), words.count(), text.length()),
                TEXT_INDEXED));
        d.add(new TextField(OUTLET, a.outlet() == null ? "" : a.outlet(), Field.Store.YES));
        if (a.language() != null) {
            d.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
        }
        return d;
    }

    private static Document analyzed(StoredArticle stored) {
        Article a = stored.article();
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        if (stored.storyId() != null) {
            d.add(new StringField(STORY, stored.storyId(), Field.Store.YES));
        }
        d.add(new TextField(TITLE, a.title() == null ? "" : a.title(), Field.Store.YES));
        d.add(new Field(TEXT, a.text() == null ? "" : a.text(), TEXT_WITH_OFFSETS));
        d.add(new TextField(OUTLET, a.outlet() == null ? "" : a.outlet(), Field.Store.YES));
        if (a.language() != null) {
            d.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
        }
        return d;
    }

    private static FieldType notStored(FieldType type) {
        FieldType t = new FieldType(type);
        t.setStored(false);
        t.freeze();
        return t;
    }

    private static org.apache.lucene.document.FieldType textWithOffsets() {
        org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
