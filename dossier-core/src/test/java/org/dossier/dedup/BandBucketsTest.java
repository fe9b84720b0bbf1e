package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandBucketsTest {
    private static final int CAP = 3;

    /** The items under a key, oldest first, whichever way the buckets hold them. */
    private static List<Object> items(BandBuckets<String> buckets, long key) {
        Object held = buckets.get(key);
        return held == null ? List.of() : held instanceof ArrayDeque<?> q ? new ArrayList<>(q) : List.of(held);
    }

    @Test
    void holdTheSameItemsAsAMapOfCappedQueuesThroughAddsAndRemovals() {
        BandBuckets<String> buckets = new BandBuckets<>();
        Map<Long, ArrayDeque<String>> expected = new HashMap<>();
        List<String> items = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50; i++) {
            items.add(new String("item" + i));
        }
        for (int step = 0; step < 200_000; step++) {
            long key = random.nextInt(3_000) * 0x100000001L;
            String item = items.get(random.nextInt(items.size()));
            ArrayDeque<String> q = expected.computeIfAbsent(key, k -> new ArrayDeque<>());
            if (random.nextInt(3) == 0) {
                buckets.remove(key, item);
                q.removeIf(x -> x == item);
            } else if (!q.contains(item)) {
                buckets.add(key, item, CAP);
                q.addLast(item);
                if (q.size() > CAP) {
                    q.removeFirst();
                }
            }
            if (q.isEmpty()) {
                expected.remove(key);
            }
        }
        assertEquals(expected.size(), buckets.size());
        for (long key = 0; key < 3_000; key++) {
            long k = key * 0x100000001L;
            assertEquals(new ArrayList<Object>(expected.getOrDefault(k, new ArrayDeque<>())), items(buckets, k));
        }
    }
}
