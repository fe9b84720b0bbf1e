package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {
    private static OpenStory story(String id) {
        return new OpenStory(id, id);
    }

    private static List<String> ids(Postings p, int key) {
        OpenStory[] list = p.get(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.size(key); i++) {
            out.add(list[i].id);
        }
        return out;
    }

    @Test
    void storiesUnderAKeyComeOldestFirstAndKeepTheirOrderWhenOneLeaves() {
        Postings p = new Postings();
        OpenStory a = story("a");
        OpenStory b = story("b");
        OpenStory c = story("c");
        p.add(5000, a);
        p.add(5000, b);
        p.add(5000, c);
        p.add(7, b);
        assertEquals(List.of("a", "b", "c"), ids(p, 5000));
        p.remove(5000, b);
        assertEquals(List.of("a", "c"), ids(p, 5000));
        assertEquals(List.of("b"), ids(p, 7));
        p.remove(7, b);
        assertNull(p.get(7));
        assertNull(p.get(123_456));
    }

    @Test
    void topCandidatesEqualAStableSortByHits() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<OpenStory> found = new ArrayList<>();
            for (int i = 0, n = random.nextInt(30); i < n; i++) {
                OpenStory s = story("s" + i);
                s.hits = random.nextInt(5);
                found.add(s);
            }
            List<OpenStory> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparingInt((OpenStory s) -> s.hits).reversed());
            List<OpenStory> expected = sorted.subList(0, Math.min(8, sorted.size()));
            assertArrayEquals(expected.toArray(), StoryIndex.mostHits(found, 8).toArray(),
                    () -> "hits " + Arrays.toString(found.stream().mapToInt(s -> s.hits).toArray()));
        }
    }
}
