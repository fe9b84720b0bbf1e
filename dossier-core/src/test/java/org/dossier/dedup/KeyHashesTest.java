package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyHashesTest {
    @Test
    void repeatedKeysCountOnce() {
        assertEquals(2, KeyHashes.of(List.of("n:12", "e:osria", "n:12")).length);
    }

    @Test
    void overlapAndContainmentEqualThoseOfTheStringSets() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            Set<String> a = keys(random);
            Set<String> b = keys(random);
            int common = 0;
            for (String k : a) {
                common += b.contains(k) ? 1 : 0;
            }
            long[] ha = KeyHashes.of(new ArrayList<>(a));
            long[] hb = KeyHashes.of(new ArrayList<>(b));
            assertEquals(common, KeyHashes.common(ha, hb));
            double jaccard = a.isEmpty() && b.isEmpty() ? 0 : common / (double) (a.size() + b.size() - common);
            assertEquals(jaccard, CopyRules.overlap(ha, hb), 1e-12);
            double containment = a.isEmpty() || b.isEmpty() ? 0 : common / (double) Math.min(a.size(), b.size());
            assertEquals(containment, CopyRules.containment(ha, hb), 1e-12);
        }
    }

    private static Set<String> keys(Random random) {
        Set<String> out = new HashSet<>();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            out.add((random.nextBoolean() ? "n:" : "e:") + random.nextInt(20));
        }
        return out;
    }
}
