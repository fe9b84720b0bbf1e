package org.dossier.server;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the stories list, as {@code GET /api/stories} and the stories page show it: the story's id and
 * working title, how many articles it has, which outlets and languages they come from, and the first and last
 * publication date among them (null when no article is dated).
 */
public record StorySummary(String id, String title, int articleCount, List<String> outlets, List<String> languages,
                           LocalDate firstDate, LocalDate lastDate) {
    public StorySummary {
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
    }
}
