package org.dossier.synthesize;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Entity;

/** The synthesize stage: a story's annotated articles and resolved entities become its cited dossier. */
public interface Synthesizer {
    StoryDossier synthesize(Story story, List<AnnotatedArticle> articles, List<Entity> entities);
}
