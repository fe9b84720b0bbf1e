package org.dossier.render;

import org.dossier.model.StoryDossier.TimelineEntry;

/**
 * How a timeline entry's date reads in a report: as precise as it is known ("2025-03" for a month, "week of
 * 2025-03-03"), marked "~" when it is an estimate.
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
            default -> iso;
        };
        return t.dateNote() == null ? shown : "~" + shown;
    }
}
