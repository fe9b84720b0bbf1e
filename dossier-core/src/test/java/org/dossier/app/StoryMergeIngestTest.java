package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.cluster.StoryClusterer;
import java.time.Clock;
import org.dossier.chain.Composition;
import org.dossier.chain.StandardStages;
import org.dossier.input.FilePageInput;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When clustering merges two stories during ingest, the store follows: one story holds all their articles. */
class StoryMergeIngestTest {
    @TempDir Path data;

    /** Gives each page a story of its own, then on the last page merges every earlier story into that page's. */
    private static final class MergingClusterer implements StoryClusterer {
        private final int pages;
        private final List<String> stories = new java.util.ArrayList<>();
        private final Map<String, String> merges = new LinkedHashMap<>();

        MergingClusterer(int pages) {
            this.pages = pages;
        }

        @Override
        public String assign(Doc doc) {
            String id = "s-" + doc.id();
            if (stories.size() == pages - 1) {
                stories.forEach(s -> merges.put(s, id));
            }
            stories.add(id);
            return id;
        }

        @Override
        public void restore(Doc doc, String storyId) {}

        @Override
        public Map<String, String> takeMerges() {
            Map<String, String> out = new LinkedHashMap<>(merges);
            merges.clear();
            return out;
        }
    }

    @Test
    void storiesMergedByClusteringAreOneStoryInTheStore() throws Exception {
        List<Path> pages = List.of(Path.of("examples/corpus/01-sarvik-herald-brodno-dam-breach.html"),
                Path.of("examples/corpus/03-eastgate-observer-basin-summit.html"));
        Composition chains = new Composition(new StandardStages(Clock.systemUTC()) {
            @Override
            public StoryClusterer incrementalClusterer() {
                return new MergingClusterer(pages.size());
            }
        });
        try (SqliteStore store = SqliteStore.open(data)) {
            IngestReport report = new Workspace(store, chains).ingest(new FilePageInput(pages), Progress.NONE);
            assertEquals(2, report.added());
            assertEquals(1, store.stories().size(), store.stories().toString());
            assertEquals(2, store.stories().get(0).articleIds().size());
        }
    }
}
