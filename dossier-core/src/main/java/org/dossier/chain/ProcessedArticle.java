package org.dossier.chain;

import org.dossier.dedup.TextSignature;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.text.TextFeatures;

/**
 * What the {@link ArticleChain} makes of one page: the page's provenance (its content dropped, the article holds
 * the text now), the clean article with its language, and the text features of its title and text, computed
 * once and read by both dedup and clustering; and, when it was computed ahead (on an extraction worker, by
 * {@link StoryAssigner#signed}), dedup's signature of this article's title and text, else null (dedup signs it).
 */
public record ProcessedArticle(RawPage page, Article article, TextFeatures features, TextSignature signature) {
    /** Without a signature: dedup signs the article itself. */
    public ProcessedArticle(RawPage page, Article article, TextFeatures features) {
        this(page, article, features, null);
    }
}
