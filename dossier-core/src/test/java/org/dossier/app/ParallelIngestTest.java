package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.model.Story;
import org.dossier.port.StoreException;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest extracts on a pool while a store thread stores the batch before: the stories and articles are the same
 * whatever the number of workers, and batches are written off the reading thread.
 */
class ParallelIngestTest {
    @TempDir static Path pages;
    @TempDir Path data;

    /** Two copies of each scrapinghub page (a comment tells them apart): 362 pages, several batches of 100. */
    @BeforeAll
    static void copies() throws Exception {
        List<Path> src;
        try (Stream<Path> files = Files.list(Path.of("../shared/bench/extraction/scrapinghub/html"))) {
            src = files.sorted().toList();
        }
        for (int copy = 0; copy < 2; copy++) {
            for (Path f : src) {
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Files.writeString(pages.resolve(copy + "-" + f.getFileName().toString().replace(".gz", "")),
                        html + "\n<!-- copy " + copy + " -->\n");
            }
        }
    }

    private record Outcome(IngestReport report, List<Article> articles, Set<List<String>> stories) {}

    private Outcome ingest(String name, int workers) throws Exception {
        try (SqliteStore store = SqliteStore.open(data.resolve(name))) {
            IngestReport r = new Workspace(store, Composition.standard(), 100, workers)
                    .ingest(new FilePageInput(List.of(pages)), Progress.NONE);
            List<Article> articles = new ArrayList<>(store.articles());
            articles.sort(Comparator.comparing(Article::id));
            Set<List<String>> stories = new TreeSet<>(Comparator.comparing(Object::toString));
            for (Story s : store.stories()) {
                stories.add(s.articleIds().stream().sorted().toList());
            }
            return new Outcome(r, articles, stories);
        }
    }

    @Test
    void oneAndTwoWorkersMakeTheSameStoriesFromTheSameArticles() throws Exception {
        Outcome one = ingest("one", 1);
        Outcome two = ingest("two", 2);
        assertEquals(362, one.report().added());
        assertEquals(one.report().added(), two.report().added());
        assertEquals(one.articles(), two.articles());
        assertTrue(one.stories().size() > 1, "several stories: " + one.stories().size());
        assertEquals(one.stories(), two.stories());
    }

    @Test
    void batchesAreStoredOffTheReadingThread() throws Exception {
        Set<String> writers = new ConcurrentSkipListSet<>();
        try (SqliteStore store = SqliteStore.open(data.resolve("threads"))) {
            ForwardingStore watched = new ForwardingStore(store) {
                @Override
                public void putArticle(RawPage page, Article article) throws StoreException {
                    writers.add(Thread.currentThread().getName());
                    inner.putArticle(page, article);
                }
            };
            IngestReport r = new Workspace(watched, Composition.standard(), 100, 2)
                    .ingest(new FilePageInput(List.of(pages)), Progress.NONE);
            assertEquals(362, r.added());
        }
        assertEquals(Set.of("dossier-store"), writers);
    }
}
