package org.dossier.anchor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;

/**
 * Chooses the dates a story's articles' relative times are resolved against, from each article's own
 * evidence and the dates of the other articles of the story. The note says why when an anchor is not
 * simply the page's stated date.
 */
@FunctionalInterface
public interface AnchorPolicy {
    /** The anchor of every article of one story, by article id. */
    Map<String, Anchor> choose(List<Article> story);

    /**
     * The chosen anchor; {@code note} explains it (null when the page's own date was kept); {@code estimated}
     * when the date is not the article's own evidence but taken from the rest of its story.
     */
    record Anchor(LocalDate date, String note, boolean estimated) {
        public Anchor(LocalDate date, String note) {
            this(date, note, false);
        }
    }
}
