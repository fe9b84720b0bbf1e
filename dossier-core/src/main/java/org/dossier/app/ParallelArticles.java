package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.ProcessedArticle;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;

/**
 * Runs the article chain on every core while pages arrive one at a time, and hands the articles (and failures)
 * on in the order the pages came: pages are gathered into chunks, a chunk is extracted in parallel, then its
 * results are delivered in page order. At most one chunk of pages is held. Use one per stream, from one thread;
 * call {@link #flush} after the last page.
 */
public final class ParallelArticles implements Consumer<RawPage> {
    /** Pages extracted together. */
    public static final int CHUNK = 256;

    private final ArticleChain chain;
    private final Consumer<ProcessedArticle> articles;
    private final Consumer<InputFailure> failures;
    private final Runnable onPage;
    private final List<RawPage> chunk = new ArrayList<>();

    public ParallelArticles(ArticleChain chain, Consumer<ProcessedArticle> articles, Consumer<InputFailure> failures,
                            Runnable onPage) {
        this.chain = chain;
        this.articles = articles;
        this.failures = failures;
        this.onPage = onPage;
    }

    @Override
    public void accept(RawPage page) {
        chunk.add(page);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Extracts the pages gathered so far and delivers their results. */
    public void flush() {
        record Outcome(Optional<ProcessedArticle> article, List<InputFailure> failures) {}
        List<Outcome> done = chunk.parallelStream().map(page -> {
            List<InputFailure> f = new ArrayList<>(0);
            return new Outcome(chain.process(page, f::add), f);
        }).toList();
        chunk.clear();
        for (Outcome o : done) {
            o.article().ifPresent(articles);
            o.failures().forEach(failures);
            onPage.run();
        }
    }
}
