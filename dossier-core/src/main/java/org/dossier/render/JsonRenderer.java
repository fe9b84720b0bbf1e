package org.dossier.render;

import java.util.List;
import java.util.Map;
import org.dossier.model.Json;
import org.dossier.model.StoryDossier;

/** Renders dossiers as the JSON document described in docs/dossier-schema.md: {@code {"stories": [...]}}. */
public final class JsonRenderer implements Renderer {
    @Override
    public String render(List<StoryDossier> dossiers) {
        return Json.writePretty(Map.of("stories", dossiers)) + "\n";
    }
}
