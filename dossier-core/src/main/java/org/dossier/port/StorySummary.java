package org.dossier.port;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a list of stories, as the store keeps it beside the story (so a list of 100,000 stories reads no
 * article): the story's id and working title, how many articles it has, which outlets and languages they come
 * from (sorted), and the first and last publication date among them (null when no article is dated).
 */
public record StorySummary(String id, String title, int articleCount, List<String> outlets, List<String> languages,
                           LocalDate firstDate, LocalDate lastDate) {
    public StorySummary {
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
    }
}
