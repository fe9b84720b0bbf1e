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
        if (t.date() == null) {
            return "–";
        }
        String iso = t.date().toString();
        String shown = switch (t.precision() == null ? "day" : t.precision()) {
            case "month" -> iso.substring(0, 7);
            case "year" -> iso.substring(0, 4);
            case "week" -> "week of " + iso;
            case "before" -> "before " + iso;
            default -> iso;
        };
        return t.dateNote() == null || "before".equals(t.precision()) ? shown : "~" + shown;
    }

    /** A claim's date: the day its article speaks from, "before" a day when only that is known, "~" an estimate. */
    static String of(Claim c) {
        if (c.date() == null) {
            return "undated";
        }
        if ("before".equals(c.datePrecision())) {
            return "before " + c.date();
        }
        return (c.dateEstimated() ? "~" : "") + c.date();
    }

    /** An article's anchor: the day, or "before" its bound with the day its relative times were read from. */
    static String anchor(ArticleRef a) {
        if (a.anchorBefore() != null) {
            return "before " + a.anchorBefore() + (a.anchor() == null ? "" : " (read as " + a.anchor() + ")");
        }
        return a.anchor() == null ? "–" : a.anchor().toString();
    }
}
