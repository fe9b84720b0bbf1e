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
    private static final class StopsAfter implements StoryStore {
        private final StoryStore inner;
        private final int limit;
        int writes;

        StopsAfter(StoryStore inner, int limit) {
            this.inner = inner;
            this.limit = limit;
        }

        @Override
        public <T> T inTransaction(Work<T> work) throws StoreException {
            return inner.inTransaction(work);
        }

        @Override
        public boolean hasPage(String id) throws StoreException {
            return inner.hasPage(id);
        }

        @Override
        public void putArticle(RawPage page, Article article) throws StoreException {
            if (++writes > limit) {
                throw new StoreException("stopped", null);
            }
            inner.putArticle(page, article);
        }

        @Override
        public List<Article> articles() throws StoreException {
            return inner.articles();
        }

        @Override
        public Optional<Article> article(String id) throws StoreException {
            return inner.article(id);
        }

        @Override
        public void assignStory(String articleId, String storyId, String title) throws StoreException {
            inner.assignStory(articleId, storyId, title);
        }

        @Override
        public void mergeStory(String from, String into) throws StoreException {
            inner.mergeStory(from, into);
        }

        @Override
        public List<Story> stories() throws StoreException {
            return inner.stories();
        }

        @Override
        public Optional<String> storyOf(String articleId) throws StoreException {
            return inner.storyOf(articleId);
        }

        @Override
        public void putAnnotations(Annotations annotations) throws StoreException {
            inner.putAnnotations(annotations);
        }

        @Override
        public Optional<Annotations> annotations(String articleId) throws StoreException {
            return inner.annotations(articleId);
        }

        @Override
        public void close() {
            inner.close();
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
