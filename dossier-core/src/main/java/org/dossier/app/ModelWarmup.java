package org.dossier.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dossier.annotate.Annotator;
import org.dossier.chain.ProcessedArticle;

/**
 * Has the annotator load the models of each language met while a report's pages are still being ingested: as each
 * batch goes to the store, on a thread of its own. Placing a batch in stories runs on the one store thread (the
 * whole ingest of a report of up to {@code Workspace.DEFAULT_BATCH} pages is one batch, stored after all of it is
 * extracted), so the load (seconds of CPU) takes a core that would idle, not one the analysis needs after. Only
 * languages of articles being stored are loaded, each once; the analysis that follows waits for a load still running
 * and annotates exactly as it would have. A load that fails here is left to fail again, with its own message, where
 * the analysis needs it. Use one per report; close it when the report is done.
 */
final class ModelWarmup implements AutoCloseable {
    private final Supplier<Annotator> annotator;
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-model-warmup");
        t.setDaemon(true);
        return t;
    });

    ModelWarmup(Supplier<Annotator> annotator) {
        this.annotator = annotator;
    }

    /** Starts loading the models of the languages of {@code batch} (a batch going to the store) not met before. */
    void storing(List<ProcessedArticle> batch) {
        for (ProcessedArticle a : batch) {
            String language = a.article().language();
            if (asked.add(language == null ? "" : language)) {
                loader.execute(() -> {
                    try {
                        annotator.get().prepare(language);
                    } catch (RuntimeException | LinkageError e) {
                        // the analysis loads it again where it needs it and reports the failure there
                    }
                });
            }
        }
    }

    /** Stops taking languages; a load under way goes on (the analysis that needs it waits for it, not this). */
    @Override
    public void close() {
        loader.shutdown();
    }

    /** Closes and waits up to {@code millis} for the loads asked for to end; whether they did (for tests). */
    boolean finish(long millis) throws InterruptedException {
        close();
        return loader.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
