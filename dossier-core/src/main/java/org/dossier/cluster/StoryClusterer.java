package org.dossier.cluster;

import java.time.LocalDate;

/**
 * The cluster stage: documents arrive one at a time (in time order where known) and each joins an open
 * story or opens a new one. Returns the story id.
 */
public interface StoryClusterer {
    String assign(Doc doc);

    /** What clustering reads of an article. {@code date} may be null. */
    record Doc(String id, String title, String text, LocalDate date, String lang) {}
}
