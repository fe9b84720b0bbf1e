package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.dossier.app.Workspace;
import org.dossier.port.StoreException;
import org.dossier.port.StoredArticle;
import org.dossier.port.StoryStore;
import org.dossier.server.search.ArticleIndex;
import org.dossier.text.TextWords;

/**
 * Keeps the search index beside a store caught up while {@code dossier ingest} stores its batches, on a thread of
 * its own, so the index is not written only after the whole ingest, on one core. The ingest hands it each batch it
 * has committed ({@link #stored}, from the store thread), and the index adds those articles as they are, without
 * reading them back from the store and taking the words ingest cut from their titles and texts instead of
 * tokenizing them again ({@link ArticleIndex#append(List, List, StoryStore)}); a batch that does not follow on from the index's
 * position (the index was behind, or is new) makes it catch up from the store instead. A batch is taken only once
 * the one before is indexed, so at most one is held here. {@link #stop} lets the batch under way finish (a Lucene
 * write is never interrupted), then the ingest's own final catch-up adds the rest and reports any failure. A
 * failure here only ends this thread; the batches after it are left to that final catch-up.
 */
final class IndexAlongside implements Workspace.BatchListener, AutoCloseable {
    /** A committed batch and its articles' words. */
    private record Batch(List<StoredArticle> articles, List<TextWords> words) {}

    private static final Batch END = new Batch(List.of(), List.of());

    private final Thread thread;
    private final SynchronousQueue<Batch> batches = new SynchronousQueue<>();

    private IndexAlongside(StoryStore store, Path dataDir) {
        thread = new Thread(() -> run(store, dataDir), "dossier-index");
        thread.setDaemon(true);
    }

    /** Starts catching the index of {@code dataDir} up with {@code store}, then adding the batches it is handed. */
    static IndexAlongside start(StoryStore store, Path dataDir) {
        IndexAlongside a = new IndexAlongside(store, dataDir);
        a.thread.start();
        return a;
    }

    private void run(StoryStore store, Path dataDir) {
        try (ArticleIndex index = ArticleIndex.open(ArticleIndex.in(dataDir))) {
            index.catchUp(store); // what an earlier, interrupted ingest left out, while the first batch is made
            for (Batch batch = batches.take(); batch != END; batch = batches.take()) {
                index.append(batch.articles(), batch.words(), store);
            }
        } catch (IOException | StoreException | RuntimeException e) {
            // the final catch-up after the ingest names the problem
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands a committed batch to the index thread, waiting while it indexes the one before (if it still runs). */
    @Override
    public void stored(List<StoredArticle> batch, List<TextWords> words) {
        if (!batch.isEmpty()) {
            hand(new Batch(batch, words));
        }
    }

    private void hand(Batch batch) {
        try {
            while (thread.isAlive()) {
                if (batches.offer(batch, 200, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the batch under way, then ends the thread. */
    void stop() {
        hand(END);
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
