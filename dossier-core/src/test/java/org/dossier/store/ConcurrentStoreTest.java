package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One store used from several threads at once: every batch lands whole, and a reader never sees half of one. */
class ConcurrentStoreTest {
    @TempDir Path dir;

    @Test
    void batchesFromSeveralThreadsAllLandAndReadersSeeWholeBatches() throws Exception {
        int writers = 4;
        int batches = 10;
        int perBatch = 5;
        try (SqliteStore s = SqliteStore.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        int batch = b;
                        s.inTransaction(() -> {
                            for (int i = 0; i < perBatch; i++) {
                                String id = writer + "-" + batch + "-" + i;
                                s.putArticle(StoreTest.page(id), StoreTest.article(id, "text " + id));
                                s.assignStory(id, "story-" + writer + "-" + batch, "t");
                            }
                            return null;
                        });
                    }
                    return null;
                }));
            }
            Future<?> reader = pool.submit(() -> {
                for (int r = 0; r < 50; r++) {
                    int n = s.articles().size();
                    assertEquals(0, n % perBatch, "a reader saw part of a batch: " + n);
                }
                return null;
            });
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            reader.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            assertEquals(writers * batches * perBatch, s.articles().size());
            assertEquals(writers * batches, s.stories().size());
        }
    }
}
