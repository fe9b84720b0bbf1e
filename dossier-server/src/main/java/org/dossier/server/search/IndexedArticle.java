package org.dossier.server.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.dossier.model.Article;
import org.dossier.port.StoredArticle;

/** The fields an article has in the search index ({@link ArticleIndex}) and the document made of it. */
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

    static Document document(StoredArticle stored) {
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

    private static org.apache.lucene.document.FieldType textWithOffsets() {
        org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
