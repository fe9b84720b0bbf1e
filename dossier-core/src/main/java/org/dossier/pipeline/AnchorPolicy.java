package org.dossier.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;

/**
 * Chooses the date an article's relative times are resolved against, from the article's own evidence and
 * the dates of the other articles in its story. The note says why when it differs from the page's date.
 */
@FunctionalInterface
public interface AnchorPolicy {
    Anchor choose(Article article, List<LocalDate> storyDates);

    /** The chosen anchor; {@code note} is null when the page's own date was kept. */
    record Anchor(LocalDate date, String note) {}
}
