package org.dossier.synthesize;

import java.time.LocalDate;
import org.dossier.model.AnnotatedArticle;

/** The date an article speaks from: its annotation anchor, else its publication date. */
final class Anchors {
    private Anchors() {}

    static LocalDate anchor(AnnotatedArticle a) {
        LocalDate anchor = a.annotations() == null ? null : a.annotations().anchor();
        return anchor != null ? anchor : a.article().published();
    }

    /** A note when the anchor differs from the stated publication date, else null. */
    static String note(AnnotatedArticle a) {
        if (a.annotations() != null && a.annotations().anchorNote() != null) {
            return a.annotations().anchorNote();
        }
        LocalDate anchor = anchor(a);
        LocalDate published = a.article().published();
        if (anchor == null) {
            return "no date known";
        }
        if (published == null) {
            return "no publication date; dated " + anchor + " from the text";
        }
        return anchor.equals(published) ? null
                : "re-anchored to " + anchor + " (page gives publication date " + published + ")";
    }
}
