package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecondPassTest {
    private static final List<StoryClusterer.Doc> DOCS = List.of(
            doc("a", "Mara Quinlan enters rehab in Malibu", "Actress Mara Quinlan checked into a Malibu rehab clinic on Tuesday, her publicist said."),
            doc("b", "Storm hits Kellbrook harbour", "A storm damaged 40 boats in Kellbrook harbour on Friday, the harbour master said."),
            doc("c", "Mara Quinlan in Malibu rehab clinic", "Mara Quinlan is in a Malibu rehab clinic, her publicist confirmed on Tuesday."),
            doc("d", "Kellbrook harbour storm damage", "Forty boats were damaged when a storm hit Kellbrook harbour on Friday."));

    @Test
    void joinsADocumentLeftAloneToTheStoryItMatchesBest() {
        IncrementalClusterer clusterer = new IncrementalClusterer();
        DOCS.forEach(clusterer::prime);
        Map<String, String> story = new HashMap<>(Map.of("a", "A", "b", "B", "c", "C", "d", "B"));
        SecondPass.run(clusterer, DOCS, story);
        assertEquals(story.get("a"), story.get("c"));
        assertNotEquals(story.get("a"), story.get("b"));
        assertEquals("B", story.get("b"));
        assertEquals("B", story.get("d"));
    }

    @Test
    void aLoneDocumentJoinsAWeakerMatchThanAStoryMemberWould() {
        StoryClusterer.Doc lone = doc("e", "Kellbrook fishermen count the cost",
                "Fishermen in Kellbrook say repairs to their nets will take months.");
        List<StoryClusterer.Doc> docs = new java.util.ArrayList<>(DOCS);
        docs.add(lone);
        IncrementalClusterer clusterer = new IncrementalClusterer();
        docs.forEach(clusterer::prime);
        OpenStory harbour = new OpenStory("B", "");
        harbour.add(clusterer.vectorOf(DOCS.get(1)));
        harbour.add(clusterer.vectorOf(DOCS.get(3)));
        double sim = clusterer.scorer().score(harbour, clusterer.vectorOf(lone)).similarity();
        assertTrue(sim >= SecondPass.LONE_DOCUMENT_JOIN && sim < clusterer.params().joinThreshold(), "precondition: " + sim);

        Map<String, String> alone = new HashMap<>(Map.of("a", "A", "b", "B", "c", "A", "d", "B", "e", "E"));
        SecondPass.run(clusterer, docs, alone);
        assertEquals("B", alone.get("e"));

        Map<String, String> paired = new HashMap<>(Map.of("a", "A", "b", "B", "c", "A", "d", "B", "e", "A"));
        SecondPass.run(clusterer, docs, paired);
        assertNotEquals("B", paired.get("e"));
    }

    private static StoryClusterer.Doc doc(String id, String title, String text) {
        return StoryClusterer.Doc.of(id, title, text, null, "en");
    }
}
