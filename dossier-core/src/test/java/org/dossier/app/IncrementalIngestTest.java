package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories grow as pages arrive: a later batch, in a later process, joins the stories already stored. */
class IncrementalIngestTest {
    @TempDir Path data;

    @Test
    void pagesIngestedLaterJoinTheStoredStory() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("../shared/corpus/seeds"))) {
            seeds = files.sorted().toList();
        }
        try (SqliteStore store = SqliteStore.open(data)) {
            IngestReport first = new Workspace(store, Composition.standard()).ingest(new FilePageInput(seeds.subList(0, 3)), Progress.NONE);
            assertEquals(3, first.added());
        }
        try (SqliteStore store = SqliteStore.open(data)) {
            String story = store.stories().get(0).id();
            IngestReport second = new Workspace(store, Composition.standard()).ingest(new FilePageInput(seeds), Progress.NONE);
            assertEquals(2, second.added());
            assertEquals(3, second.alreadyStored());
            assertEquals(1, store.stories().size(), store.stories().toString());
            assertEquals(story, store.stories().get(0).id());
            assertEquals(5, store.stories().get(0).articleIds().size());
        }
    }

    @Test
    void theBundledExampleCorpusFormsItsTwoStoriesWithTheRepostMarked() throws Exception {
        // examples/corpus/README.md: pages 01-08 are one story (05 reposts 01), pages 09-10 another.
        try (SqliteStore store = SqliteStore.open(data)) {
            new Workspace(store, Composition.standard()).ingest(new FilePageInput(List.of(Path.of("examples/corpus"))), Progress.NONE);
            List<List<String>> stories = store.stories().stream()
                    .map(st -> st.articleIds().stream().map(id -> sourceName(store, id).substring(0, 2)).sorted().toList())
                    .toList();
            assertEquals(List.of(List.of("01", "02", "03", "04", "05", "06", "07", "08"), List.of("09", "10")), stories);
            var repost = store.articles().stream().filter(a -> a.source().contains("05-")).findFirst().orElseThrow();
            var original = store.articles().stream().filter(a -> a.source().contains("01-")).findFirst().orElseThrow();
            assertEquals(original.id(), repost.duplicateOf() != null ? repost.duplicateOf() : repost.derivedFrom());
        }
    }

    private static String sourceName(SqliteStore store, String id) {
        try {
            return Path.of(store.article(id).orElseThrow().source()).getFileName().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailingInputDoesNotStopTheBatchNorLoseStoredPages() throws Exception {
        Path bad = Files.write(data.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        try (SqliteStore store = SqliteStore.open(data.resolve("db"))) {
            Workspace p = new Workspace(store, Composition.standard());
            p.ingest(new FilePageInput(List.of(Path.of("../shared/corpus/seeds/000_8103464f1a2024fa.txt"))), Progress.NONE);
            IngestReport r = p.ingest(new FilePageInput(List.of(bad, Path.of("../shared/corpus/seeds/001_8c31ec9791a63828.txt"))), Progress.NONE);
            assertEquals(1, r.failures().size());
            assertTrue(r.failures().get(0).reason().contains("UTF-8"), r.failures().toString());
            assertEquals(1, r.added());
            assertEquals(2, store.articles().size());
        }
    }
}
