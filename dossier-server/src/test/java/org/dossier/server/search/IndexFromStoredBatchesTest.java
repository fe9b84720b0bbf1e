package org.dossier.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.app.FeedJoin;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index filled from the batches an ingest hands on ({@link ArticleIndex#append}) answers every search as an
 * index made anew from the store does; a batch that does not follow on from the index's position makes it catch up
 * from the store.
 */
class IndexFromStoredBatchesTest {
    @TempDir Path dir;

    private static List<Path> corpus() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("dossier.root", ".")).resolve("examples/corpus"))) {
            return files.sorted().toList();
        }
    }

    /** What a search shows, less the story (which follows merges made after an article was indexed). */
    private static List<String> shown(ArticleIndex index, String query) throws Exception {
        SearchResult r = index.search(query, 20, id -> null);
        List<String> out = new ArrayList<>();
        out.add("total " + r.total());
        for (SearchHit h : r.hits()) {
            out.add(h.article() + " | " + h.title() + " | " + h.outlet() + " | " + h.snippet() + " | " + h.score());
        }
        return out;
    }

    @Test
    void anIndexFilledFromTheHandedBatchesAnswersAsOneMadeAnewFromTheStore() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("data"));
             ArticleIndex alongside = ArticleIndex.open(dir.resolve("alongside"));
             ArticleIndex anew = ArticleIndex.open(dir.resolve("anew"))) {
            List<String> failures = new ArrayList<>();
            new Workspace(store, Composition.standard(), 3, 2).ingest(new FilePageInput(corpus()), new FeedJoin(),
                    Progress.NONE, batch -> {
                        try {
                            alongside.append(batch, store);
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    });
            assertEquals(List.of(), failures);
            anew.rebuild(store);
            assertEquals(store.lastSeq(), alongside.indexedSeq());
            assertEquals(anew.size(), alongside.size());
            assertTrue(alongside.size() >= 10, "the corpus indexed: " + alongside.size());
            for (String q : List.of("dam", "\"dam breach\"", "summit AND basin", "title:flood", "evacu*", "Brodno -repost",
                    "Quillon OR Tessel", "language:en")) {
                List<String> shown = shown(alongside, q);
                assertTrue(shown.size() > 1, q + " finds something");
                assertEquals(shown(anew, q), shown, q);
            }
        }
    }

    @Test
    void aBatchThatDoesNotFollowOnFromTheIndexMakesItCatchUpFromTheStore() throws Exception {
        List<Path> pages = corpus();
        try (SqliteStore store = SqliteStore.open(dir.resolve("data"));
             ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
            Workspace ws = new Workspace(store, Composition.standard());
            ws.ingest(new FilePageInput(pages.subList(0, 4)), Progress.NONE); // stored, not indexed
            long before = store.lastSeq();
            List<Integer> added = new ArrayList<>();
            ws.ingest(new FilePageInput(pages.subList(4, 6)), new FeedJoin(), Progress.NONE, batch -> {
                try {
                    added.add(index.append(batch, store));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(List.of((int) store.lastSeq()), added, "the articles stored before were read from the store");
            assertTrue(store.lastSeq() > before);
            assertEquals(store.lastSeq(), index.size());
            assertEquals(store.lastSeq(), index.indexedSeq());
        }
    }
}
