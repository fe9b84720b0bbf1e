package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    private static StoryClusterer.Doc doc(String id, String title, String text) {
        return new StoryClusterer.Doc(id, title, text, null, "en");
    }
}
