package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeComponentsTest {
    private static final FrequencyTable TABLE = FrequencyTable.of(100, List.of());
    private static final CentroidMerge MERGE = new CentroidMerge(ClusterParams.DEFAULT, TABLE);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void aChainOfPairsDoesNotJoinStoriesThatAreNotOneStory() {
        // A~B (0.59), B~C (0.51), A and C share nothing, and A+B is not C's story (0.29)
        StoryCentroid a = story("a", 0, Map.of(1L, 1.0, 2L, 1.2));
        StoryCentroid b = story("b", 1, Map.of(2L, 1.2, 3L, 1.0));
        StoryCentroid c = story("c", 2, Map.of(3L, 1.3, 4L, 1.0));
        assertTrue(MERGE.sameStory(a, b));
        assertTrue(MERGE.sameStory(b, c));
        assertFalse(MERGE.sameStory(a, c));

        Map<String, String> groups = MergeComponents.join(List.of(candidate(a, b), candidate(b, c)),
                Map.of("a", in("p1", a), "b", in("p2", b), "c", in("p3", c)), MERGE);

        assertEquals(Map.of("a", "a", "b", "a"), groups);
    }

    @Test
    void aChainJoinsWhenTheGroupItMakesIsStillOneStory() {
        StoryCentroid a = story("a", 0, Map.of(1L, 1.0, 2L, 1.0, 3L, 0.5));
        StoryCentroid b = story("b", 1, Map.of(1L, 1.0, 2L, 0.8, 3L, 1.0));
        StoryCentroid c = story("c", 2, Map.of(2L, 0.7, 3L, 1.0));

        Map<String, String> groups = MergeComponents.join(List.of(candidate(b, c), candidate(a, b)),
                Map.of("a", in("p1", a), "b", in("p2", b), "c", in("p3", c)), MERGE);

        assertEquals(Map.of("a", "a", "b", "a", "c", "a"), groups, "named after the earliest story");
    }

    @Test
    void twoStoriesOfOnePartNeverEndInOneGroup() {
        // the part's clusterer kept x1 and x2 apart: y joins the closer of them only
        StoryCentroid y = story("y", 0, Map.of(1L, 1.0, 2L, 1.0, 3L, 1.0));
        StoryCentroid x1 = story("x1", 1, Map.of(1L, 1.0, 2L, 1.0));
        StoryCentroid x2 = story("x2", 2, Map.of(2L, 1.0, 3L, 1.0, 5L, 0.3));

        Map<String, String> groups = MergeComponents.join(List.of(candidate(y, x2), candidate(y, x1)),
                Map.of("y", in("june", y), "x1", in("july", x1), "x2", in("july", x2)), MERGE);

        assertEquals(Map.of("y", "y", "x1", "y"), groups);
    }

    @Test
    void theJoinedCentroidSumsBothStories() {
        StoryCentroid a = story("a", 5, Map.of(1L, 1.0));
        StoryCentroid b = new StoryCentroid("b", 3, 2, new long[] {1L, 2L}, new double[] {2.0, 1.0}, new long[0],
                new double[0], List.of("de"), DAY.minusDays(3), DAY.minusDays(2), new long[] {9L});

        StoryCentroid ab = a.plus(b);

        assertEquals("b", ab.id());
        assertEquals(3, ab.firstOrder());
        assertEquals(3, ab.size());
        assertEquals(List.of("de", "en"), ab.languages());
        assertEquals(DAY.minusDays(3), ab.firstDate());
        assertEquals(DAY, ab.lastDate());
        Map<Long, Double> lex = new java.util.HashMap<>();
        for (int i = 0; i < ab.lexicalHashes().length; i++) {
            lex.put(ab.lexicalHashes()[i], ab.lexicalWeights()[i]);
        }
        assertEquals(Map.of(1L, 3.0, 2L, 1.0), lex);
    }

    private static MergeComponents.Candidate candidate(StoryCentroid x, StoryCentroid y) {
        return new MergeComponents.Candidate(x.id(), y.id(), MERGE.similarity(x, y));
    }

    private static MergeComponents.PartCentroid in(String part, StoryCentroid c) {
        return new MergeComponents.PartCentroid(part, c);
    }

    /** A one-language story whose lexical and key vectors are both {@code weights}. */
    private static StoryCentroid story(String id, long order, Map<Long, Double> weights) {
        long[] hashes = weights.keySet().stream().mapToLong(Long::longValue).toArray();
        double[] w = new double[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            w[i] = weights.get(hashes[i]);
        }
        return new StoryCentroid(id, order, 1, hashes, w, hashes.clone(), w.clone(), List.of("en"), DAY, DAY,
                hashes.clone());
    }
}
