package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
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
