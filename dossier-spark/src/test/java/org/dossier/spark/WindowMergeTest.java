package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.chain.Composition;
import org.dossier.cluster.FrequencyTable;
import org.dossier.input.FilePageInput;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * The distributed stories step's parts and merge without Spark (the functions its tasks run, in one JVM): the
 * five seeds (one story) fall into two parts (one dated in a 30-day window, four undated) and must come out as one
 * story, however each part is clustered.
 */
class WindowMergeTest {
    @Test
    void theSeedsInTwoWindowsComeOutAsOneStoryClusteredOneByOne() throws Exception {
        assertOneStory(false);
    }

    @Test
    void theSeedsInTwoWindowsComeOutAsOneStoryClusteredAsABatch() throws Exception {
        assertOneStory(true);
    }

    private static void assertOneStory(boolean batch) throws Exception {
        List<InputFailure> failures = new ArrayList<>();
        List<Article> seeds = new ArrayList<>();
        var chain = Composition.standard().articleChain();
        for (RawPage p : new FilePageInput(TestInputs.seeds()).readAll(failures::add)) {
            chain.process(p, failures::add).ifPresent(a -> seeds.add(a.article()));
        }
        assertEquals(List.of(), failures);
        List<SignedArticle> signed = MergeTuning.sign(seeds);
        FrequencyTable table = MergeTuning.frequencies(signed);
        Map<String, List<SignedArticle>> parts = MergeTuning.parts(signed, 30);
        assertTrue(parts.size() >= 2, "the seeds span two windows: " + parts.keySet());
        List<WindowClusters.PartStory> stories = MergeTuning.stories(parts, table, batch);

        Map<String, String> merged = MergeTuning.merges(stories, table, batch, WindowClusters.RULE);

        Set<String> ids = new HashSet<>();
        for (WindowClusters.PartStory s : stories) {
            ids.add(merged.getOrDefault(s.centroid().id(), s.centroid().id()));
        }
        String why = "";
        if (stories.size() == 2) {
            var a = stories.get(0).centroid();
            var b = stories.get(1).centroid();
            Set<Long> keys = new HashSet<>();
            for (long k : a.indexKeys()) {
                keys.add(k);
            }
            long shared = java.util.Arrays.stream(b.indexKeys()).filter(keys::contains).count();
            var merge = new org.dossier.cluster.CentroidMerge(WindowClusters.params(batch), table, WindowClusters.RULE);
            why = String.format(" (sizes %d, %d; %d shared index keys; similarity %.3f; same story %s)", a.size(),
                    b.size(), shared, merge.similarity(a, b), merge.sameStory(a, b));
        }
        assertEquals(1, ids.size(), stories.size() + " part stories in " + parts.keySet() + ", merged " + merged + why);
    }
}
