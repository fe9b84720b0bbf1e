package org.dossier.annotate;

import java.time.LocalDate;

/**
 * The date an article's relative times are resolved against, and why it was chosen; {@code fromStory} when the
 * date is the story's (median) rather than one the article itself gives or its weekdays fit.
 */
public record AnchorChoice(LocalDate date, String note, boolean fromStory) {
    public AnchorChoice(LocalDate date, String note) {
        this(date, note, false);
    }
}
