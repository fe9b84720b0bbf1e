package org.dossier.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.StoryDossier;

/** Short citation labels (A1, A2, …) for a dossier's articles, in the order the dossier lists them. */
final class Citations {
    private final Map<String, String> labels = new LinkedHashMap<>();

    Citations(StoryDossier d) {
        for (StoryDossier.ArticleRef a : d.articles()) {
            labels.put(a.id(), "A" + (labels.size() + 1));
        }
    }

    String label(String articleId) {
        return labels.getOrDefault(articleId, articleId);
    }

    String labels(List<String> articleIds) {
        return articleIds.stream().distinct().map(this::label).collect(Collectors.joining(", "));
    }

    /** How an article relates to the others: "copy of A1", "derived from A2", and whether it reads as a machine translation. */
    String relation(StoryDossier.ArticleRef a) {
        String rel = a.duplicateOf() != null ? "copy of " + label(a.duplicateOf())
                : a.derivedFrom() != null ? "derived from " + label(a.derivedFrom()) : "";
        if (a.machineTranslation() >= Article.LIKELY_MACHINE_TRANSLATION) {
            rel = (rel.isEmpty() ? "" : rel + "; ") + "likely machine translation";
        }
        return rel;
    }
}
