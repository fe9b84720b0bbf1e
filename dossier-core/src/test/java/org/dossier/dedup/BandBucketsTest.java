package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandBucketsTest {
    @Test
    void keepsTheSameQueuesAsAMapThroughAddsAndRemovals() {
        BandBuckets<String> buckets = new BandBuckets<>();
        Map<Long, Deque<String>> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int step = 0; step < 200_000; step++) {
            long key = random.nextInt(5_000) * (random.nextBoolean() ? 1L : 0x100000000L); // colliding slots too
            if (random.nextInt(3) == 0) {
                buckets.remove(key);
                expected.remove(key);
            } else {
                Deque<String> q = buckets.getOrCreate(key);
                expected.putIfAbsent(key, q);
                assertSame(expected.get(key), q);
            }
        }
        assertEquals(expected.size(), buckets.size());
        for (long key = 0; key < 5_000; key++) {
            for (long k : new long[] {key, key * 0x100000000L}) {
                if (expected.containsKey(k)) {
                    assertSame(expected.get(k), buckets.get(k));
                } else {
                    assertNull(buckets.get(k));
                }
            }
        }
    }
}
