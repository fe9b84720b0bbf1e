package org.dossier.cluster;

import java.util.Map;

/**
 * Language-independent anchors of one text: capitalised names ({@code e:}), numbers ({@code n:}), years
 * ({@code y:}), calendar days ({@code d:MM-DD}) and months ({@code m:}) with counts, plus the number of quotes.
 */
public record Anchors(Map<String, Integer> counts, int quotes) {
    /** The counts are kept in the given map's order (not {@code Map.copyOf}'s, which changes from run to run). */
    public Anchors {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    /** The anchors whose key starts with the given prefix, e.g. {@code "n:"}. */
    public Map<String, Integer> withPrefix(String prefix) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        counts.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
