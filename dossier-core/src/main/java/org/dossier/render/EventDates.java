package org.dossier.render;

import org.dossier.model.StoryDossier.ArticleRef;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.TimelineEntry;

/**
 * How a date reads in a report: as precise as it is known ("2025-03" for a month, "week of 2025-03-03", "before
 * 2025-03-10" for a bound), marked "~" when it is an estimate: a timeline entry's, a claim's, an article's anchor.
 */
final class EventDates {
    private EventDates() {}

    static String of(TimelineEntry t) {
        return t.date() == null ? "–" : t.dateAsShown();
    }

    /** A claim's date: the day its article speaks from, "before" a day when only that is known, "~" an estimate. */
    static String of(Claim c) {
        return c.date() == null ? "undated" : c.dateAsShown();
    }

    /** An article's anchor: the day, or "before" its bound with the day its relative times were read from. */
    static String anchor(ArticleRef a) {
        if (a.anchorBefore() != null) {
            return "before " + a.anchorBefore() + (a.anchor() == null ? "" : " (read as " + a.anchor() + ")");
        }
        return a.anchor() == null ? "–" : a.anchor().toString();
    }
}
