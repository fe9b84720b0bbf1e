package org.dossier.server;

import java.util.List;
import org.dossier.model.StoryDossier;

/**
 * A readable label for a fact a coverage cell names ({@code timeline:N}, {@code claim:N}, {@code quote:N}): the
 * dossier's own fact label when it has a fact table, else the timeline entry's summary, the claim's text or the
 * quote, shortened to {@value #MAX} characters.
 */
final class FactLabels {
    static final int MAX = 120;

    private FactLabels() {}

    static String of(StoryDossier d, String factId) {
        for (StoryDossier.Fact f : d.facts()) {
            if (f.id().equals(factId) && f.label() != null && !f.label().isBlank()) {
                return shorten(f.label());
            }
        }
        int colon = factId.indexOf(':');
        if (colon < 0) {
            return factId;
        }
        int i;
        try {
            i = Integer.parseInt(factId.substring(colon + 1));
        } catch (NumberFormatException e) {
            return factId;
        }
        String kind = factId.substring(0, colon);
        String label = switch (kind) {
            case "timeline" -> at(d.timeline(), i) == null ? null : at(d.timeline(), i).summary();
            case "claim" -> at(d.claims(), i) == null ? null : at(d.claims(), i).text();
            case "quote" -> at(d.quotes(), i) == null ? null
                    : (at(d.quotes(), i).speaker() == null ? "" : at(d.quotes(), i).speaker() + ": ") + "“" + at(d.quotes(), i).text() + "”";
            default -> null;
        };
        return label == null ? factId : shorten(label);
    }

    private static <T> T at(List<T> list, int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX ? t : t.substring(0, MAX - 1) + "…";
    }
}
