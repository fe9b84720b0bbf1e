package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchClusteringTest {
    @Test
    void givesEveryDocumentAStoryInInputOrderWithSameEventTogether() {
        List<StoryClusterer.Doc> docs = List.of(
                StoryClusterer.Doc.of("a", "Mara Quinlan enters rehab in Malibu", "Mara Quinlan checked into a Malibu clinic on Tuesday.", null, "en"),
                StoryClusterer.Doc.of("b", "Storm hits Kellbrook harbour", "A storm damaged 40 boats in Kellbrook harbour on Friday.", LocalDate.of(2021, 3, 5), "en"),
                StoryClusterer.Doc.of("c", "Mara Quinlan in rehab", "Actress Mara Quinlan is in a Malibu rehab clinic, her publicist said Tuesday.", null, "en"));
        Map<String, String> story = new BatchClustering(new IncrementalClusterer()).cluster(docs);
        assertEquals(List.of("a", "b", "c"), List.copyOf(story.keySet()));
        assertEquals(story.get("a"), story.get("c"));
        assertNotEquals(story.get("a"), story.get("b"));
    }
}
