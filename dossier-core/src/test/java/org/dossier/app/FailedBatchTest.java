package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.model.Story;
import org.dossier.port.StoreException;
import org.dossier.port.StoryStore;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch the store could not keep leaves no trace: not in the store, not in dedup or clustering memory. */
class FailedBatchTest {
    @TempDir Path data;

    /** A store whose article writes fail while {@code failing} is set (the disk filled up, say). */
    private static final class FlakyStore extends ForwardingStore {
        boolean failing;

        FlakyStore(StoryStore inner) {
            super(inner);
        }

        @Override
        public void putArticle(RawPage page, Article article) throws StoreException {
            inner.putArticle(page, article);
            if (failing && inner.articles().size() == 3) {
                throw new StoreException("disk full", null);
            }
        }
    }

    @Test
    void aBatchThatCouldNotBeStoredIsIngestedAgainAsIfNeverSeen() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("../shared/corpus/seeds"))) {
            seeds = files.sorted().toList();
        }
        try (FlakyStore store = new FlakyStore(SqliteStore.open(data.resolve("flaky")));
             SqliteStore clean = SqliteStore.open(data.resolve("clean"))) {
            Workspace workspace = new Workspace(store, Composition.standard());
            store.failing = true;
            StoreException e = assertThrows(StoreException.class,
                    () -> workspace.ingest(new FilePageInput(seeds), Progress.NONE));
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
            assertEquals(0, store.articles().size(), "nothing of the failed batch is stored");

            store.failing = false;
            IngestReport retry = workspace.ingest(new FilePageInput(seeds), Progress.NONE);
            IngestReport fresh = new Workspace(clean, Composition.standard()).ingest(new FilePageInput(seeds), Progress.NONE);
            assertEquals(fresh.added(), retry.added());
            assertEquals(5, retry.added());
            for (Article a : store.articles()) {
                assertNull(a.duplicateOf(), "not a copy of its own earlier, unstored self: " + a.source());
                assertNull(a.derivedFrom(), a.source());
            }
            assertEquals(clean.stories().stream().map(s -> s.articleIds().size()).toList(),
                    store.stories().stream().map(s -> s.articleIds().size()).toList());
        }
    }
}
