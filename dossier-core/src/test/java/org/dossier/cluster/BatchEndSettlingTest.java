package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The end of an ingest batch ({@link IncrementalClusterer#settle}): a report placed before its event's other
 * reports, alone in a story of its own, joins theirs once they are all there; reports of other events, and reports
 * naming other people and places however alike their words, stay apart; and without settling (a batch clustering's
 * parameters) nothing merges.
 */
class BatchEndSettlingTest {
    private static final StoryClusterer.Doc QUINLAN = doc("a", "Mara Quinlan enters rehab in Malibu",
            "Actress Mara Quinlan checked into a Malibu rehab clinic on Tuesday, her publicist said.");
    private static final StoryClusterer.Doc STORM = doc("b", "Storm hits Kellbrook harbour",
            "A storm damaged 40 boats in Kellbrook harbour on Friday, the harbour master said.");
    private static final StoryClusterer.Doc QUINLAN_2 = doc("c", "Mara Quinlan in Malibu rehab clinic",
            "Mara Quinlan is in a Malibu rehab clinic, her publicist confirmed on Tuesday.");
    private static final StoryClusterer.Doc STORM_2 = doc("d", "Kellbrook harbour storm damage",
            "Forty boats were damaged when a storm hit Kellbrook harbour on Friday.");
    /** A follow-up weakly like the storm's reports: below the join threshold, above a lone document's. */
    private static final StoryClusterer.Doc FISHERMEN = doc("e", "Kellbrook fishermen count the cost",
            "Fishermen in Kellbrook say repairs to their nets will take months.");

    @Test
    void aReportPlacedBeforeItsEventsOtherReportsJoinsThemAtTheBatchEnd() {
        List<Story> closed = new ArrayList<>();
        IncrementalClusterer clusterer = new IncrementalClusterer(ClusterParams.INCREMENTAL, closed::add);
        List<StoryClusterer.Doc> batch = List.of(FISHERMEN, QUINLAN, STORM, QUINLAN_2, STORM_2);
        batch.forEach(clusterer::prime);
        String fishermen = clusterer.assign(FISHERMEN);
        String quinlan = clusterer.assign(QUINLAN);
        String storm = clusterer.assign(STORM);
        clusterer.assign(QUINLAN_2);
        assertEquals(storm, clusterer.assign(STORM_2));
        assertNotEquals(fishermen, storm, "precondition: the follow-up opened a story of its own");
        clusterer.takeMerges();

        clusterer.settle();
        Map<String, String> merges = clusterer.takeMerges();
        assertEquals(Map.of(fishermen, storm), merges);
        List<List<String>> members = clusterer.openStories().stream().map(Story::articleIds).toList();
        assertTrue(members.contains(List.of("b", "d", "e")), members.toString());
        assertTrue(members.contains(List.of("a", "c")), members.toString());
        assertEquals(quinlan, clusterer.resolve(quinlan));
        assertTrue(closed.isEmpty(), "a merged story is no closed one: " + closed);
    }

    @Test
    void aReportNamingAnotherPlaceStaysApartHoweverAlikeItsWords() {
        StoryClusterer.Doc other = doc("f", "Storm hits Dunmere harbour",
                "A storm damaged 25 boats in Dunmere harbour on Sunday, the harbour master said.");
        IncrementalClusterer clusterer = new IncrementalClusterer(ClusterParams.INCREMENTAL, s -> { });
        List.of(other, STORM, STORM_2).forEach(clusterer::prime);
        String dunmere = clusterer.assign(other);
        String kellbrook = clusterer.assign(STORM);
        assertNotEquals(dunmere, kellbrook, "precondition: placed apart");
        assertEquals(kellbrook, clusterer.assign(STORM_2));
        clusterer.settle();
        assertNotEquals(clusterer.resolve(dunmere), clusterer.resolve(kellbrook));
        assertEquals(Map.of(), clusterer.takeMerges());
    }

    @Test
    void withoutSettlingNothingMerges() {
        IncrementalClusterer clusterer = new IncrementalClusterer(ClusterParams.DEFAULT, s -> { });
        List.of(FISHERMEN, STORM, STORM_2).forEach(clusterer::prime);
        String fishermen = clusterer.assign(FISHERMEN);
        String storm = clusterer.assign(STORM);
        clusterer.assign(STORM_2);
        clusterer.takeMerges();
        clusterer.settle();
        assertEquals(Map.of(), clusterer.takeMerges());
        assertNotEquals(clusterer.resolve(fishermen), clusterer.resolve(storm));
    }

    private static StoryClusterer.Doc doc(String id, String title, String text) {
        return StoryClusterer.Doc.of(id, title, text, null, "en");
    }
}
