package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.chain.Composition;
import org.dossier.chain.StandardStages;
import org.dossier.cluster.StoryClusterer;
import org.dossier.input.FilePageInput;
import org.dossier.port.StoreException;
import org.dossier.port.StoredArticle;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each batch an ingest stores is handed on, once committed, exactly as the store reads it back at that moment:
 * same positions, same articles, same stories — also when a story of the batch was merged into a later one.
 */
class StoredBatchHandOffTest {
    @TempDir Path data;

    private static List<Path> corpus() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("examples/corpus"))) {
            return files.sorted().toList();
        }
    }

    /** Ingests {@code pages} in batches of {@code batch}, checking every batch handed on against the store. */
    private static List<List<StoredArticle>> ingest(SqliteStore store, Composition chains, List<Path> pages, int batch)
            throws Exception {
        List<List<StoredArticle>> handed = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        new Workspace(store, chains, batch, 2).ingest(new FilePageInput(pages), new FeedJoin(), Progress.NONE, b -> {
            try {
                List<StoredArticle> readBack = store.articlesAfter(b.get(0).seq() - 1, b.size() + 1);
                if (!readBack.equals(b)) {
                    mismatches.add("handed " + b + "\nread back " + readBack);
                }
            } catch (StoreException e) {
                mismatches.add(e.getMessage());
            }
            handed.add(b);
        });
        assertEquals(List.of(), mismatches);
        return handed;
    }

    @Test
    void everyBatchHandedOnIsWhatTheStoreReadsBackAfterItsCommit() throws Exception {
        List<Path> pages = corpus();
        try (SqliteStore store = SqliteStore.open(data)) {
            List<List<StoredArticle>> handed = ingest(store, Composition.standard(), pages, 2);
            assertTrue(handed.size() >= 4, "several batches: " + handed.size());
            List<Long> seqs = handed.stream().flatMap(List::stream).map(StoredArticle::seq).toList();
            assertEquals(store.lastSeq(), seqs.size(), "every stored article handed on once");
            for (int i = 0; i < seqs.size(); i++) {
                assertEquals(i + 1, seqs.get(i), "positions follow on from batch to batch");
            }
        }
    }

    @Test
    void anArticleWhoseStoryMergedLaterInTheBatchIsHandedOnInTheStoryThatTookItOver() throws Exception {
        List<Path> pages = List.of(Path.of("examples/corpus/01-sarvik-herald-brodno-dam-breach.html"),
                Path.of("examples/corpus/03-eastgate-observer-basin-summit.html"));
        Composition chains = new Composition(new StandardStages(Clock.systemUTC()) {
            @Override
            public StoryClusterer incrementalClusterer() {
                return new MergingClusterer(pages.size());
            }
        });
        try (SqliteStore store = SqliteStore.open(data)) {
            List<List<StoredArticle>> handed = ingest(store, chains, pages, 100);
            assertEquals(1, handed.size());
            List<StoredArticle> batch = handed.get(0);
            assertEquals(2, batch.size());
            assertEquals(batch.get(1).storyId(), batch.get(0).storyId(), "the first article moved with its story");
            assertEquals("s-" + batch.get(1).article().id(), batch.get(0).storyId());
        }
    }
}
