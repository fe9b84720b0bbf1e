package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeLogTest {
    @Test
    void anAbsorbedStoryAnswersToTheIdOfTheStoryThatLastTookItOver() {
        MergeLog log = new MergeLog();
        log.add("a", "b");
        log.add("b", "c");
        assertEquals("c", log.resolve("a"));
        assertEquals("c", log.resolve("b"));
        assertEquals("d", log.resolve("d"));
    }

    @Test
    void mergesAreTakenOnceInTheOrderTheyHappened() {
        MergeLog log = new MergeLog();
        log.add("x", "y");
        log.add("a", "b");
        Map<String, String> taken = log.take();
        assertEquals(List.of("x", "a"), List.copyOf(taken.keySet()));
        assertEquals(Map.of(), log.take());
        assertEquals("x", log.resolve("x"));
    }
}
