package org.dossier.port;

import org.dossier.model.Article;

/**
 * A stored article with its place in the store's ingest order ({@code seq}, from 1, growing) and its story
 * ({@code storyId}, null when not clustered): what a search index reads to catch up with the store.
 */
public record StoredArticle(long seq, Article article, String storyId) {}
