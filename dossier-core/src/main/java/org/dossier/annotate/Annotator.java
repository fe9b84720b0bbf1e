package org.dossier.annotate;

import java.time.LocalDate;
import org.dossier.model.Annotations;
import org.dossier.model.Article;

/**
 * The annotate stage: entities, time expressions (resolved against {@code anchor}) and quotes of one
 * article's clean text. Implementations load their models once and are reused for every article. What they give
 * depends only on the article's text and language and the anchor (the article id aside), so articles alike in these
 * (reposts, one agency's copy) are annotated once for all of them.
 */
public interface Annotator {
    Annotations annotate(Article article, LocalDate anchor);

    /**
     * The tag ({@link Annotations#annotatedBy()}) this annotator gives the annotations of an article in
     * {@code language}: a stored annotation with another tag was made by another annotator or older rules and is made
     * again. Null (the default) for an annotator that does not tag: stored annotations are then reused as they are.
     */
    default String tagFor(String language) {
        return null;
    }

    /**
     * Loads now what annotating an article in {@code language} needs (its models), so that a caller who knows such
     * articles are coming can have it done beside other work instead of before the first article; what is annotated
     * afterwards is the same. Nothing by default (an annotator without models).
     */
    default void prepare(String language) {
    }
}
