package org.dossier.anchor;

import java.util.List;
import java.util.Map;
import org.dossier.model.Article;

/**
 * Decides the anchors of a story's articles: the dates their relative times are resolved against, with the
 * reason when an anchor is not the page's own date. Call it before annotating a story's new articles, passing
 * the anchors of the articles annotated earlier (read from their stored annotations, {@link Anchor#of}) so
 * that articles that depend on them (a copy takes its original's anchor) agree with what is stored.
 */
@FunctionalInterface
public interface AnchorPolicy {
    /**
     * The anchor of every article of {@code story}, by article id in story order: those in
     * {@code alreadyAnchored} as given, the others chosen.
     */
    Map<String, Anchor> choose(List<Article> story, Map<String, Anchor> alreadyAnchored);
}
