package org.dossier.spark;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed agreement of two partitions of the same articles (as the clustering benchmark scores them): per article,
 * the share of its cluster in one partition that is also its cluster in the other (precision) and the converse
 * (recall), averaged over the articles; F1 of the two. An article of one side only counts as a singleton there.
 */
final class ClusteringAgreement {
    private ClusteringAgreement() {}

    static double bcubedF1(Collection<? extends Set<String>> predicted, Collection<? extends Set<String>> reference) {
        Map<String, Set<String>> p = byArticle(predicted);
        Map<String, Set<String>> r = byArticle(reference);
        Set<String> all = new HashSet<>(p.keySet());
        all.addAll(r.keySet());
        double precision = 0;
        double recall = 0;
        for (String a : all) {
            Set<String> pa = p.getOrDefault(a, Set.of(a));
            Set<String> ra = r.getOrDefault(a, Set.of(a));
            Set<String> common = new HashSet<>(pa);
            common.retainAll(ra);
            precision += common.size() / (double) pa.size();
            recall += common.size() / (double) ra.size();
        }
        precision /= all.size();
        recall /= all.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Set<String>> byArticle(Collection<? extends Set<String>> clusters) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Set<String> c : clusters) {
            c.forEach(a -> out.put(a, c));
        }
        return out;
    }
}
