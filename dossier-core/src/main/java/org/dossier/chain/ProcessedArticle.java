package org.dossier.chain;

import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.text.TextFeatures;

/**
 * What the {@link ArticleChain} makes of one page: the page's provenance (its content dropped, the article holds
 * the text now), the clean article with its language, and the text features of its title and text, computed
 * once and read by both dedup and clustering.
 */
public record ProcessedArticle(RawPage page, Article article, TextFeatures features) {}
