package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/**
 * An ingest stores its pages in batches: interrupted after some batches, it keeps them, and the same ingest run
 * again skips what is stored (counted as already stored, not extracted again) and adds the rest.
 */
class ResumedIngestTest {
    @TempDir Path data;

    /** A store that fails the article write after {@code limit} articles are stored (the process stopped, say). */
    private static final class StopsAfter extends ForwardingStore {
        private final int limit;
        int writes;

        StopsAfter(StoryStore inner, int limit) {
            super(inner);
            this.limit = limit;
        }

        @Override
        public void putArticle(RawPage page, Article article) throws StoreException {
            if (++writes > limit) {
                throw new StoreException("stopped", null);
            }
            inner.putArticle(page, article);
        }
    }

    private static List<Path> seeds() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../shared/corpus/seeds"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void anInterruptedIngestKeepsItsStoredBatchesAndTheRerunAddsOnlyTheRest() throws Exception {
        List<Path> seeds = seeds();
        try (SqliteStore store = SqliteStore.open(data.resolve("resumed"))) {
            StopsAfter stopping = new StopsAfter(store, 2); // the second batch of two fails
            assertThrows(StoreException.class, () -> new Workspace(stopping, Composition.standard(), 2)
                    .ingest(new FilePageInput(seeds), Progress.NONE));
            assertEquals(2, store.articles().size(), "the first batch is kept, the failed one is not");

            IngestReport rerun = new Workspace(store, Composition.standard(), 2)
                    .ingest(new FilePageInput(seeds), Progress.NONE);
            assertEquals(2, rerun.alreadyStored());
            assertEquals(seeds.size() - 2, rerun.added());
            assertEquals(seeds.size(), store.articles().size());
        }
    }

    @Test
    void batchesOfAnySizeStoreTheSamePages() throws Exception {
        List<Path> seeds = seeds();
        try (SqliteStore small = SqliteStore.open(data.resolve("small"));
             SqliteStore whole = SqliteStore.open(data.resolve("whole"))) {
            IngestReport a = new Workspace(small, Composition.standard(), 1).ingest(new FilePageInput(seeds),
                    Progress.NONE);
            IngestReport b = new Workspace(whole, Composition.standard()).ingest(new FilePageInput(seeds),
                    Progress.NONE);
            assertEquals(b.added(), a.added());
            assertEquals(whole.articles().stream().map(Article::id).sorted().toList(),
                    small.articles().stream().map(Article::id).sorted().toList());
        }
    }
}
