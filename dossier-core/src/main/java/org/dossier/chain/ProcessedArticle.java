package org.dossier.chain;

import org.dossier.model.Article;
import org.dossier.model.RawPage;

/**
 * What the {@link ArticleChain} makes of one page: the page's provenance (its content dropped, the article holds
 * the text now) and the clean article with its language.
 */
public record ProcessedArticle(RawPage page, Article article) {}
