package org.dossier.model;

/** An article with its annotations: the unit the resolve and synthesize stages read. */
public record AnnotatedArticle(Article article, Annotations annotations) {
    public String id() {
        return article.id();
    }
}
