package org.dossier.model;

import java.util.List;

/** A story: the ids of the articles that report one event, and a working title. */
public record Story(String id, String title, List<String> articleIds) {
    public Story {
        articleIds = List.copyOf(articleIds);
    }
}
