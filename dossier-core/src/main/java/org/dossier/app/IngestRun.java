package org.dossier.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.ProcessedArticle;
import org.dossier.chain.StoryAssigner;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.port.StoreException;
import org.dossier.port.StoryStore;

/**
 * The flow of one ingest, for {@link Workspace#ingest}: pages already stored (or twice in the input) are skipped
 * before extraction; the rest are extracted on a pool of their own ({@link ParallelArticles}); every
 * {@link ParallelArticles#CHUNK} pages, when a batch of new articles is complete, it is joined to the feed items
 * read so far, sorted, and handed to a store thread of its own, which places it in stories and stores it while
 * the next batch is extracted. At most one batch is being stored and one gathered, so memory is bounded by two
 * batches whatever the input's size. Batches are cut at the same pages, and joined to the same feed items, whatever
 * the number of workers or the timing, so the stories are the same. Use once, from the thread that reads the input.
 */
final class IngestRun implements AutoCloseable {
    /** Stores one batch (places it in stories, one transaction); returns how many articles it stored. */
    interface BatchWriter {
        int write(List<ProcessedArticle> batch) throws StoreException;
    }

    private final StoryStore store;
    private final FeedJoin feeds;
    private final Progress progress;
    private final int batchSize;
    private final BatchWriter writer;
    /** False when the store was empty at the start: then only this ingest's own pages can be stored already. */
    private final boolean checkStore;
    private final List<InputFailure> failures = new ArrayList<>();
    private final List<ProcessedArticle> pending = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final ParallelArticles extract;
    private final ExecutorService storing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-store");
        t.setDaemon(true);
        return t;
    });
    private Future<Integer> inStore;
    private StoreException failure;
    private int added;
    private int alreadyStored;
    private int sinceCheck;
    private int pagesRead;

    IngestRun(StoryStore store, ArticleChain chain, int workers, FeedJoin feeds, Progress progress, int batchSize,
              BatchWriter writer) throws StoreException {
        this.store = store;
        this.feeds = feeds;
        this.progress = progress;
        this.batchSize = batchSize;
        this.writer = writer;
        this.checkStore = store.lastSeq() > 0;
        // dedup's signatures are made on the workers, beside extraction, not on the store thread
        this.extract = new ParallelArticles(chain, workers, StoryAssigner::signed, pending::add, failures::add,
                progress::step);
    }

    /** A page read from the input. */
    void page(RawPage page) {
        pagesRead++;
        if (stopped()) {
            return;
        }
        try {
            if (!seen.add(page.id()) || checkStore && store.hasPage(page.id())) {
                alreadyStored++;
                progress.step(); // skipped before extraction, but read: the pages left are fewer
                return;
            }
        } catch (StoreException e) {
            failure = e;
            return;
        }
        extract.accept(page);
        if (++sinceCheck == ParallelArticles.CHUNK) {
            sinceCheck = 0;
            if (pending.size() + extract.inFlight() >= batchSize) { // else no batch can be complete yet
                extract.flush();
                handOff(false);
            }
        }
    }

    /** A failure of the input, kept in its place among the pages' own. */
    void failure(InputFailure f) {
        extract.fail(f);
    }

    /** Extracts and stores what is left; returns how many articles this ingest stored. */
    int finish() throws StoreException {
        if (!stopped()) {
            extract.flush();
            handOff(true);
        }
        awaitStored();
        if (failure != null) {
            throw failure;
        }
        return added;
    }

    /** Pages the input gave (stored, skipped or failed). */
    int pagesRead() {
        return pagesRead;
    }

    int alreadyStored() {
        return alreadyStored;
    }

    List<InputFailure> failures() {
        return failures;
    }

    private boolean stopped() {
        if (failure == null && inStore != null && inStore.isDone()) {
            awaitStored();
        }
        return failure != null;
    }

    /** Hands on the complete batches pending (and the rest when {@code all}), each once the one before is stored. */
    private void handOff(boolean all) {
        while (failure == null && (pending.size() >= batchSize || all && !pending.isEmpty())) {
            List<ProcessedArticle> head = pending.subList(0, Math.min(batchSize, pending.size()));
            List<ProcessedArticle> batch = new ArrayList<>(feeds.enrich(head)); // the items read up to this page
            head.clear();
            batch.sort(Comparator.comparing((ProcessedArticle p) -> p.article().published(),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            awaitStored();
            if (failure == null) {
                inStore = storing.submit(() -> writer.write(batch));
            }
        }
    }

    /** Waits for the batch being stored, if any; its failure stops the ingest. */
    private void awaitStored() {
        if (inStore == null) {
            return;
        }
        Future<Integer> f = inStore;
        inStore = null;
        try {
            added += f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a batch", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException s) {
                failure = s;
            } else if (cause instanceof RuntimeException r) {
                throw r;
            } else if (cause instanceof Error err) {
                throw err;
            } else {
                throw new IllegalStateException(cause);
            }
        }
    }

    /** Stops the workers; a batch still being stored (the ingest failed elsewhere) is finished first. */
    @Override
    public void close() {
        extract.close();
        if (inStore != null) {
            try {
                inStore.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException ignored) {
                // the failure that closes the run is the one the caller sees
            }
            inStore = null;
        }
        storing.shutdown();
    }
}
