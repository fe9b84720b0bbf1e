package org.dossier.synthesize;

import java.time.LocalDate;
import org.dossier.model.AnnotatedArticle;

/**
 * The date an article speaks from: its annotation anchor, else its publication date; and the anchor policy's
 * note on it, read from the annotations (the policy decides it, see {@code org.dossier.anchor}).
 */
final class Anchors {
    private Anchors() {}

    static LocalDate anchor(AnnotatedArticle a) {
        LocalDate anchor = a.annotations() == null ? null : a.annotations().anchor();
        return anchor != null ? anchor : a.article().published();
    }

    /** The day before which the article was written, when the evidence gives only that bound; else null. */
    static LocalDate before(AnnotatedArticle a) {
        return a.annotations() == null ? null : a.annotations().anchorBefore();
    }

    /** Whether the article's date is the story's estimate rather than its own evidence. */
    static boolean estimated(AnnotatedArticle a) {
        return a.annotations() != null && a.annotations().anchorEstimated();
    }

    /** Why the article is anchored where it is, when that is not its page's own date; else null. */
    static String note(AnnotatedArticle a) {
        return a.annotations() == null ? null : a.annotations().anchorNote();
    }
}
