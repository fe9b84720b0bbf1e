package org.dossier.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins stories of different parts of a corpus (time windows, languages) that {@link CentroidMerge} found to be one,
 * without chaining: the candidate pairs are taken strongest first, and two groups are joined only when no part
 * holds a story of each (that part's clusterer saw both and kept them apart) and the groups themselves, their
 * centroids summed ({@link StoryCentroid#plus}), are still one story by the same rule. So A~B and B~C do not put
 * A and C together unless A+B~C. Pure and deterministic (ties by story order); use it where the candidate pairs of
 * a distributed merge are gathered.
 */
public final class MergeComponents {
    /** Two stories of different parts judged one story, with the similarity that ranks the pair. */
    public record Candidate(String a, String b, double similarity) implements Serializable {}

    /** One story of one part: the part's name and the story's centroid. */
    public record PartCentroid(String part, StoryCentroid centroid) implements Serializable {}

    private MergeComponents() {}

    /**
     * Story id to the id of its group (only for stories that joined another), each group named after its story
     * whose first document comes first. {@code stories} must hold every story a candidate names.
     */
    public static Map<String, String> join(List<Candidate> candidates, Map<String, PartCentroid> stories,
                                           CentroidMerge merge) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingLong(c -> Math.min(stories.get(c.a()).centroid().firstOrder(),
                        stories.get(c.b()).centroid().firstOrder()))
                .thenComparing(Candidate::a).thenComparing(Candidate::b));
        Map<String, String> groupOf = new HashMap<>();
        Map<String, StoryCentroid> centroid = new HashMap<>();
        Map<String, Set<String>> parts = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Candidate c : order) {
            String ga = group(groupOf, centroid, parts, members, c.a(), stories);
            String gb = group(groupOf, centroid, parts, members, c.b(), stories);
            if (ga.equals(gb) || parts.get(ga).stream().anyMatch(parts.get(gb)::contains)) {
                continue;
            }
            StoryCentroid x = centroid.get(ga);
            StoryCentroid y = centroid.get(gb);
            if (!merge.sameStory(x, y)) {
                continue;
            }
            StoryCentroid joined = x.plus(y);
            String keep = joined.id().equals(x.id()) ? ga : gb;
            String gone = keep.equals(ga) ? gb : ga;
            centroid.put(keep, joined);
            centroid.remove(gone);
            parts.get(keep).addAll(parts.remove(gone));
            for (String s : members.remove(gone)) {
                groupOf.put(s, keep);
                members.get(keep).add(s);
            }
        }
        Map<String, String> out = new HashMap<>();
        members.forEach((g, in) -> {
            if (in.size() > 1) {
                in.forEach(s -> out.put(s, g));
            }
        });
        return out;
    }

    private static String group(Map<String, String> groupOf, Map<String, StoryCentroid> centroid,
                                Map<String, Set<String>> parts, Map<String, List<String>> members, String story,
                                Map<String, PartCentroid> stories) {
        return groupOf.computeIfAbsent(story, s -> {
            PartCentroid p = stories.get(s);
            centroid.put(s, p.centroid());
            parts.put(s, new HashSet<>(Set.of(p.part())));
            members.put(s, new ArrayList<>(List.of(s)));
            return s;
        });
    }
}
