package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How many stories' analyses run at once, on which threads, and in which order their results come back. */
class ParallelStoriesTest {
    /** Busy work of about {@code n} steps, so that tasks of different sizes finish out of order. */
    private static long spin(int n) {
        long x = n;
        for (int i = 0; i < n * 20_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }

    @Test
    void resultsComeBackInTheStoriesOrderWhateverFinishesFirst() {
        List<Integer> sizes = List.of(40, 1, 30, 2, 20, 3, 10, 4, 1, 50);
        List<Integer> out = ParallelStories.map(sizes, 3, n -> {
            spin(n);
            return n;
        });
        assertEquals(sizes, out);
    }

    @Test
    void oneThreadRunsEveryStoryAndItsInnerParallelWorkOnOneThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ParallelStories.map(List.of(1, 2, 3, 4), 1, n -> {
            // the analysis of a big story annotates its articles in a parallel stream: it must stay on the pool
            return IntStream.range(0, 64).parallel().map(i -> {
                threads.add(Thread.currentThread().getName());
                spin(1);
                return i;
            }).sum();
        });
        assertEquals(1, threads.size(), threads.toString());
    }

    @Test
    void twoThreadsNeverUseMoreThanTwoWorkersEvenForInnerParallelWork() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ParallelStories.map(List.of(8, 1, 1, 1, 1, 1), 2, n -> IntStream.range(0, 32 * n).parallel().map(i -> {
            threads.add(Thread.currentThread().getName());
            spin(1);
            return i;
        }).sum());
        assertTrue(threads.size() <= 2, threads.toString());
        assertTrue(threads.stream().noneMatch(t -> t.contains("commonPool")), threads.toString());
    }

    @Test
    void aFailingStoryFailsTheWholeRunWithItsOwnException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelStories.map(List.of(1, 2, 3), 2, n -> {
            if (n == 2) {
                throw new IllegalStateException("story 2 is broken");
            }
            return n;
        }));
        assertEquals("story 2 is broken", e.getMessage());
    }

    @Test
    void theHeaviestStoriesStartFirstAndTheirResultsStillComeBackInTheStoriesOrder() {
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        List<Integer> weights = List.of(3, 50, 7, 50, 1, 20);
        List<Integer> out = ParallelStories.map(weights, 1, n -> (long) n, n -> {
            started.add(n);
            return n * 10;
        });
        assertEquals(List.of(50, 50, 20, 7, 3, 1), started);
        assertEquals(List.of(30, 500, 70, 500, 10, 200), out);
    }

    @Test
    void aFailureIsTheEarliestStorysInTheStoriesOrderWhicheverRanFirst() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelStories.map(
                List.of(1, 2, 9), 1, n -> (long) n, n -> {
                    if (n > 1) {
                        throw new IllegalStateException("story " + n + " is broken");
                    }
                    return n;
                }));
        assertEquals("story 2 is broken", e.getMessage());
    }

    @Test
    void noThreadsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ParallelStories.map(List.of(1), 0, n -> n));
    }
}
