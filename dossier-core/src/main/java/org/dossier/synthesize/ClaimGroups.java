package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups claims about the same subject across articles: same unit group and overlapping subject key words;
 * a claim with no key words joins the largest group of its unit.
 */
final class ClaimGroups {
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
            List<List<ClaimExtractor.Found>> hits = groups.stream().filter(g -> g.stream()
                    .anyMatch(o -> !Collections.disjoint(o.quantity().keywords(), f.quantity().keywords()))).toList();
            List<ClaimExtractor.Found> merged = new ArrayList<>();
            hits.forEach(merged::addAll);
            merged.add(f);
            groups.removeAll(hits);
            groups.add(merged);
        }
        if (!bare.isEmpty()) {
            groups.stream().max(Comparator.comparingInt(List::size)).ifPresentOrElse(g -> g.addAll(bare),
                    () -> groups.add(bare));
        }
        return groups;
    }
}
