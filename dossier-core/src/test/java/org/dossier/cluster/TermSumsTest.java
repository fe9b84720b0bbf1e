package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TermSumsTest {
    @Test
    void givesTheSameMapSumsAndOrderAsMergingEachOccurrence() {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Double> merged = new HashMap<>();
        Map<String, Double> summed = new HashMap<>();
        TermSums sums = new TermSums();
        for (int run = 0; run < 3; run++) {
            for (int i = 0; i < 5000; i++) {
                String term = new String("t" + random.nextInt(run == 1 ? 40 : 3000)); // equal, not identical
                double w = random.nextInt(4) + random.nextDouble();
                merged.merge(term, w, Double::sum);
                sums.add(term, w, summed);
            }
            sums.putInto(summed);
            assertEquals(new ArrayList<>(merged.entrySet()), new ArrayList<>(summed.entrySet()));
        }
    }

    @Test
    void leavesTheTableEmptyAfterPutting() {
        TermSums sums = new TermSums();
        Map<String, Double> first = new HashMap<>();
        sums.add("war", 1.0, first);
        sums.putInto(first);
        Map<String, Double> second = new HashMap<>();
        sums.add("war", 2.0, second);
        sums.putInto(second);
        assertEquals(List.of(Map.entry("war", 2.0)), List.copyOf(second.entrySet()));
    }
}
