package org.dossier.anchor;

import java.time.LocalDate;
import org.dossier.model.Annotations;

/**
 * The date an article's relative times ("on Monday", "this week") are resolved against, as an
 * {@link AnchorPolicy} chose it: {@code note} says why when the date is not simply the page's own publication
 * date (null when it is); {@code estimated} when the date is not the article's own evidence but taken from the
 * rest of its story, so days the article names only relatively are estimates. {@code date} is null when
 * nothing dates the article. {@code before}, when set, is all the evidence says of an undated article's date: it
 * was written before that day (it speaks as future of events other articles report on it); {@code date} is then
 * only the day its relative times are read against, before the bound.
 */
public record Anchor(LocalDate date, String note, boolean estimated, LocalDate before) {

    /** An anchor without a bound. */
    public Anchor(LocalDate date, String note, boolean estimated) {
        this(date, note, estimated, null);
    }

    /** An anchor resting on the article's own evidence. */
    public Anchor(LocalDate date, String note) {
        this(date, note, false);
    }

    /** The anchor stored with an article's annotations (the one it was annotated against). */
    public static Anchor of(Annotations annotations) {
        return new Anchor(annotations.anchor(), annotations.anchorNote(), annotations.anchorEstimated(),
                annotations.anchorBefore());
    }

    /** The annotations made against this anchor's date, carrying this anchor (date, note, estimated, bound). */
    public Annotations recordedIn(Annotations annotations) {
        return annotations.withAnchor(date, note, estimated, before);
    }
}
