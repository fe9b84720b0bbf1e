package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups claims about one subject across articles: same unit, same order of magnitude, no clashing modifiers
 * and shared key words; a claim without key words joins the one largest group it fits.
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
        List<List<ClaimExtractor.Found>> groups = new ArrayList<>();
        List<ClaimExtractor.Found> bare = new ArrayList<>();
        for (ClaimExtractor.Found f : list) {
            if (f.quantity().keywords().isEmpty()) {
                bare.add(f);
                continue;
            }
            List<List<ClaimExtractor.Found>> hits = groups.stream()
                    .filter(g -> g.stream().allMatch(o -> fits(o.quantity(), f.quantity()))
                            && g.stream().anyMatch(o -> shares(o.quantity(), f.quantity())))
                    .toList();
            List<ClaimExtractor.Found> merged = new ArrayList<>();
            hits.forEach(merged::addAll);
            merged.add(f);
            groups.removeAll(hits);
            groups.add(merged);
        }
        for (ClaimExtractor.Found f : bare) {
            List<ClaimExtractor.Found> home = largest(groups.stream()
                    .filter(g -> g.stream().allMatch(o -> magnitude(o.quantity(), f.quantity()))).toList());
            if (home != null) {
                home.add(f);
            } else {
                groups.add(new ArrayList<>(List.of(f)));
            }
        }
        return groups;
    }

    /** The one largest group, or null when there is none or several tie. */
    private static List<ClaimExtractor.Found> largest(List<List<ClaimExtractor.Found>> groups) {
        int max = groups.stream().mapToInt(List::size).max().orElse(0);
        List<List<ClaimExtractor.Found>> top = groups.stream().filter(g -> g.size() == max).toList();
        return top.size() == 1 ? top.get(0) : null;
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
