package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.ProcessedArticle;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.parallel.InOrder;

/**
 * Runs the article chain on a pool of its own while pages arrive one at a time, and hands the articles (and
 * failures) on in the order the pages came, on the thread that gives the pages: a page is extracted as soon as it
 * arrives, at most {@link #WINDOW} pages per worker are held, and the order is the same whatever the number of
 * workers. Use one per stream, from one thread; call {@link #flush} after the last page and close it when done.
 */
public final class ParallelArticles implements Consumer<RawPage>, AutoCloseable {
    /** Pages the ingest counts its batches in (a batch is a multiple of it). */
    public static final int CHUNK = 256;
    /** Pages in flight per worker: enough that a slow page does not leave the other cores idle. */
    public static final int WINDOW = 8;

    /** A page's article or failures ({@code page} false: a failure of the input, not a page that was extracted). */
    private record Outcome(Optional<ProcessedArticle> article, List<InputFailure> failures, boolean page) {}

    private final ArticleChain chain;
    private final UnaryOperator<ProcessedArticle> prepare;
    private final InOrder<Outcome> work;

    /** The chain on every core. */
    public ParallelArticles(ArticleChain chain, Consumer<ProcessedArticle> articles, Consumer<InputFailure> failures,
                            Runnable onPage) {
        this(chain, InOrder.cores(), articles, failures, onPage);
    }

    /** The chain on {@code workers} threads. */
    public ParallelArticles(ArticleChain chain, int workers, Consumer<ProcessedArticle> articles,
                            Consumer<InputFailure> failures, Runnable onPage) {
        this(chain, workers, UnaryOperator.identity(), articles, failures, onPage);
    }

    /** The chain on {@code workers} threads, each article then given to {@code prepare} on the same worker. */
    public ParallelArticles(ArticleChain chain, int workers, UnaryOperator<ProcessedArticle> prepare,
                            Consumer<ProcessedArticle> articles, Consumer<InputFailure> failures, Runnable onPage) {
        this.chain = chain;
        this.prepare = prepare;
        this.work = new InOrder<>("dossier-extract", workers, WINDOW * workers, o -> {
            o.article().ifPresent(articles);
            o.failures().forEach(failures);
            if (o.page()) {
                onPage.run();
            }
        });
    }

    @Override
    public void accept(RawPage page) {
        work.submit(() -> {
            List<InputFailure> f = new ArrayList<>(0);
            return new Outcome(chain.process(page, f::add).map(prepare), f, true);
        });
    }

    /** Hands a failure on in its place among the pages' results (a page the input could not read). */
    public void fail(InputFailure failure) {
        work.submit(() -> new Outcome(Optional.empty(), List.of(failure), false));
    }

    /** How many pages were given and their results not yet delivered. */
    public int inFlight() {
        return work.pending();
    }

    /** Waits for the pages given so far and delivers their results. */
    public void flush() {
        work.finish();
    }

    /** Stops the workers (pages not flushed are dropped). */
    @Override
    public void close() {
        work.close();
    }
}
