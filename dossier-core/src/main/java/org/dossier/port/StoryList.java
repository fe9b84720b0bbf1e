package org.dossier.port;

import java.util.List;

/** A window on a list of stories: how many stories the query matches in all, and the ones in the window. */
public record StoryList(int total, List<StorySummary> stories) {
    public StoryList {
        stories = List.copyOf(stories);
    }
}
