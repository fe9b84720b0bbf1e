package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Credit;

/**
 * Which articles are one source: articles of one outlet, a copy or derivation and its original, and — for a fact
 * they both carry — articles crediting the same agency. {@link #count} gives a fact's independent sources;
 * {@link #dependence} says why an article is not itself an independent source (a copy, a repost, a machine
 * translation, or one agency's copy whose every fact another outlet crediting that agency also carries).
 */
final class Sources {
    private final Map<String, AnnotatedArticle> byId = new HashMap<>();
    private final Map<String, String> root = new HashMap<>();
    /** Per article, the carrier lists of the facts it carries (built on the first {@link #dependence} call). */
    private Map<String, List<List<String>>> carriedBy;

    Sources(List<AnnotatedArticle> articles) {
        Map<String, String> firstOfOutlet = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            byId.put(a.id(), a);
            root.put(a.id(), a.id());
        }
        for (AnnotatedArticle a : articles) {
            String outlet = Coverage.outlet(a.article()).toLowerCase(Locale.ROOT);
            String first = firstOfOutlet.putIfAbsent(outlet, a.id());
            if (first != null) {
                union(root, first, a.id());
            }
            for (String original : new String[] {a.article().duplicateOf(), a.article().derivedFrom()}) {
                if (original != null && byId.containsKey(original)) {
                    union(root, original, a.id());
                }
            }
        }
    }

    /** How many independent sources the given articles are. */
    int count(List<String> articles) {
        Map<String, String> local = new HashMap<>();
        List<String> known = articles.stream().filter(byId::containsKey).distinct().toList();
        known.forEach(id -> local.put(id, find(root, id)));
        Map<String, String> groups = new HashMap<>();
        known.forEach(id -> groups.putIfAbsent(find(root, id), find(root, id)));
        for (int i = 0; i < known.size(); i++) {
            for (int j = i + 1; j < known.size(); j++) {
                Set<String> shared = agencies(known.get(i));
                shared.retainAll(agencies(known.get(j)));
                if (!shared.isEmpty()) {
                    union(groups, find(root, known.get(i)), find(root, known.get(j)));
                }
            }
        }
        Set<String> distinct = new LinkedHashSet<>();
        known.forEach(id -> distinct.add(find(groups, find(root, id))));
        return distinct.size();
    }

    /**
     * Why an article is not an independent source, or null when it is. {@code facts} maps each fact id to its
     * carrying articles (to tell one agency's copy carried by others); pass the same map on every call.
     */
    String dependence(String id, Map<String, List<String>> facts) {
        Article a = byId.get(id).article();
        if (a.duplicateOf() != null && !a.duplicateOf().isBlank()) {
            return "copy of another article";
        }
        if (a.derivedFrom() != null && !a.derivedFrom().isBlank()) {
            return "derived from another article";
        }
        if (a.credits().stream().anyMatch(c -> c.kind() == Credit.Kind.REPOST)) {
            return "repost";
        }
        if (a.likelyMachineTranslation()) {
            return "machine translation";
        }
        if (carriedBy == null) {
            carriedBy = new HashMap<>();
            for (List<String> carriers : facts.values()) {
                carriers.stream().distinct().forEach(c -> carriedBy.computeIfAbsent(c, k -> new ArrayList<>()).add(carriers));
            }
        }
        List<List<String>> mine = carriedBy.getOrDefault(id, List.of());
        for (String agency : agencies(id)) {
            boolean allShared = true;
            for (List<String> carriers : mine) {
                allShared &= carriers.stream().anyMatch(o -> !find(root, o).equals(find(root, id))
                        && agencies(o).contains(agency));
            }
            if (!mine.isEmpty() && allShared) {
                return "one agency's copy (" + agency + ")";
            }
        }
        return null;
    }

    private Set<String> agencies(String id) {
        Set<String> out = new LinkedHashSet<>();
        AnnotatedArticle a = byId.get(id);
        if (a != null) {
            a.article().credits().stream().filter(c -> c.kind() == Credit.Kind.AGENCY).map(Credit::name)
                    .filter(Objects::nonNull).forEach(n -> out.add(n.strip()));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        while (!p.equals(parent.getOrDefault(p, p))) {
            p = parent.getOrDefault(p, p);
        }
        parent.put(x, p);
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
