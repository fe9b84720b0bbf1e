package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.port.StoreException;
import org.dossier.port.StoryStore;
import org.dossier.server.search.ArticleIndex;

/**
 * Keeps the search index beside a store caught up while {@code dossier ingest} stores its batches, on a thread of
 * its own, so the index is not written only after the whole ingest, on one core. It adds each committed batch as it
 * appears (checking about every second); {@link #stop} lets the catch-up under way finish (a Lucene write is never
 * interrupted), then the ingest's own final catch-up adds the rest and reports any failure. A failure here only
 * ends this thread.
 */
final class IndexAlongside implements AutoCloseable {
    private final Thread thread;
    private final Object signal = new Object();
    private volatile boolean stopped;

    private IndexAlongside(StoryStore store, Path dataDir) {
        thread = new Thread(() -> run(store, dataDir), "dossier-index");
        thread.setDaemon(true);
    }

    /** Starts catching the index of {@code dataDir} up with {@code store}. */
    static IndexAlongside start(StoryStore store, Path dataDir) {
        IndexAlongside a = new IndexAlongside(store, dataDir);
        a.thread.start();
        return a;
    }

    private void run(StoryStore store, Path dataDir) {
        try (ArticleIndex index = ArticleIndex.open(ArticleIndex.in(dataDir))) {
            while (!stopped) {
                index.catchUp(store);
                synchronized (signal) {
                    if (!stopped) {
                        signal.wait(1000);
                    }
                }
            }
        } catch (IOException | StoreException | RuntimeException e) {
            // the final catch-up after the ingest names the problem
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the catch-up under way, then ends the thread. */
    void stop() {
        synchronized (signal) {
            stopped = true;
            signal.notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
