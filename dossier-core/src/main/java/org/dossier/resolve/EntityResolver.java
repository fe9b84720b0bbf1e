package org.dossier.resolve;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Entity;

/** The resolve stage: merges the entity mentions of a story's articles into entities with their variants. */
public interface EntityResolver {
    List<Entity> resolve(List<AnnotatedArticle> articles);
}
