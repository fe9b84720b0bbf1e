package org.dossier.anchor;

import java.time.LocalDate;
import org.dossier.model.Annotations;

/**
 * The date an article's relative times ("on Monday", "this week") are resolved against, as an
 * {@link AnchorPolicy} chose it: {@code note} says why when the date is not simply the page's own publication
 * date (null when it is); {@code estimated} when the date is not the article's own evidence but taken from the
 * rest of its story, so days the article names only relatively are estimates. {@code date} is null when
 * nothing dates the article.
 */
public record Anchor(LocalDate date, String note, boolean estimated) {

    /** An anchor resting on the article's own evidence. */
    public Anchor(LocalDate date, String note) {
        this(date, note, false);
    }

    /** The anchor stored with an article's annotations (the one it was annotated against). */
    public static Anchor of(Annotations annotations) {
        return new Anchor(annotations.anchor(), annotations.anchorNote(), annotations.anchorEstimated());
    }

    /** The annotations made against this anchor's date, carrying this anchor (date, note, estimated). */
    public Annotations recordedIn(Annotations annotations) {
        return annotations.withAnchor(date, note, estimated);
    }
}
