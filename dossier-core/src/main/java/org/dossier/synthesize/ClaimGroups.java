package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups claims about one subject across articles: same unit, same order of magnitude, no clashing modifiers,
 * and shared key words in the subject or the words around it; a claim without subject words joins every group
 * it fits (those groups become one when they fit each other).
 */
final class ClaimGroups {
    private static final double MAX_RATIO = 10;

    private ClaimGroups() {}

    static List<List<ClaimExtractor.Found>> group(List<ClaimExtractor.Found> claims) {
        Map<String, List<ClaimExtractor.Found>> byUnit = claims.stream()
                .collect(Collectors.groupingBy(f -> f.claim().unit(), LinkedHashMap::new, Collectors.toList()));
        List<List<ClaimExtractor.Found>> out = new ArrayList<>();
        byUnit.values().forEach(list -> out.addAll(byKeywords(list)));
        return out;
    }

    private static List<List<ClaimExtractor.Found>> byKeywords(List<ClaimExtractor.Found> list) {
        List<ClaimExtractor.Found> ordered = new ArrayList<>(list.stream().filter(f -> !bare(f)).toList());
        list.stream().filter(ClaimGroups::bare).forEach(ordered::add);
        List<List<ClaimExtractor.Found>> groups = new ArrayList<>();
        for (ClaimExtractor.Found f : ordered) {
            List<List<ClaimExtractor.Found>> hits = new ArrayList<>(groups.stream()
                    .filter(g -> g.stream().allMatch(o -> fits(o.quantity(), f.quantity()))
                            && g.stream().anyMatch(o -> linked(o.quantity(), f.quantity())))
                    .toList());
            hits.sort(Comparator.comparingInt((List<ClaimExtractor.Found> g) -> -g.size()));
            List<ClaimExtractor.Found> merged = new ArrayList<>(List.of(f));
            for (List<ClaimExtractor.Found> g : hits) {
                if (g.stream().allMatch(o -> merged.stream().allMatch(m -> fits(o.quantity(), m.quantity())))) {
                    merged.addAll(0, g);
                    groups.removeIf(x -> x == g);
                }
            }
            groups.add(merged);
        }
        return groups;
    }

    private static boolean bare(ClaimExtractor.Found f) {
        return f.quantity().keywords().isEmpty();
    }

    /**
     * Whether two quantities speak of the same thing: shared subject key words, shared words around them, or one
     * of them without any subject words (a bare "12,000 people" joins the reports it fits).
     */
    static boolean linked(Quantity a, Quantity b) {
        return a.keywords().isEmpty() || b.keywords().isEmpty() || shares(a, b)
                || !Collections.disjoint(a.window(), b.window());
    }

    /** Whether two quantities may count the same thing: comparable magnitude, no clashing modifiers. */
    static boolean fits(Quantity a, Quantity b) {
        return magnitude(a, b) && !clash(a.modifiers(), b.modifiers());
    }

    private static boolean shares(Quantity a, Quantity b) {
        return !Collections.disjoint(a.keywords(), b.keywords());
    }

    private static boolean clash(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
    }

    private static boolean magnitude(Quantity a, Quantity b) {
        double x = Math.max(a.middle(), 1e-9);
        double y = Math.max(b.middle(), 1e-9);
        return Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
    }
}
