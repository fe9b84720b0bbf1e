package org.dossier.app;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.model.Story;
import org.dossier.port.StoreException;
import org.dossier.port.StoryStore;

/** A store that hands every call to another one: tests extend it to make one call fail. */
abstract class ForwardingStore implements StoryStore {
    protected final StoryStore inner;

    ForwardingStore(StoryStore inner) {
        this.inner = inner;
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        return inner.inTransaction(work);
    }

    @Override
    public boolean hasPage(String id) throws StoreException {
        return inner.hasPage(id);
    }

    @Override
    public void putArticle(RawPage page, Article article) throws StoreException {
        inner.putArticle(page, article);
    }

    @Override
    public void updateArticle(Article article) throws StoreException {
        inner.updateArticle(article);
    }

    @Override
    public List<Article> articles() throws StoreException {
        return inner.articles();
    }

    @Override
    public Optional<Article> article(String id) throws StoreException {
        return inner.article(id);
    }

    @Override
    public void assignStory(String articleId, String storyId, String title) throws StoreException {
        inner.assignStory(articleId, storyId, title);
    }

    @Override
    public void mergeStory(String from, String into) throws StoreException {
        inner.mergeStory(from, into);
    }

    @Override
    public List<Story> stories() throws StoreException {
        return inner.stories();
    }

    @Override
    public Optional<String> storyOf(String articleId) throws StoreException {
        return inner.storyOf(articleId);
    }

    @Override
    public void putAnnotations(Annotations annotations) throws StoreException {
        inner.putAnnotations(annotations);
    }

    @Override
    public Optional<Annotations> annotations(String articleId) throws StoreException {
        return inner.annotations(articleId);
    }

    @Override
    public void close() {
        inner.close();
    }
}
