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
        d.add(new TextField(TEXT, a.text() == null ? "" : a.text(), Field.Store.YES));
        d.add(new TextField(OUTLET, a.outlet() == null ? "" : a.outlet(), Field.Store.YES));
        if (a.language() != null) {
            d.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
        }
        return d;
    }
}
