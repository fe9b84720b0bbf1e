package org.dossier.render;

import java.util.List;
import org.dossier.model.StoryDossier;

/** The render stage: dossiers to a document (Markdown, HTML, JSON). */
public interface Renderer {
    String render(List<StoryDossier> dossiers);
}
