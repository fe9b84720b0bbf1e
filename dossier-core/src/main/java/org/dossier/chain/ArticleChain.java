package org.dossier.chain;

import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.Extractor;
import org.dossier.language.LanguageIdentifier;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.text.TextFeatures;

/**
 * The article chain: a raw page becomes a clean article labelled with its language, with its text features
 * (words, name and number keys) for the stages that compare articles. Pure and safe to share
 * between threads (no model beyond the language detector, no store); every front end that turns pages into
 * articles uses this one.
 */
public final class ArticleChain {
    private final Extractor extractor;
    private final LanguageIdentifier language;
    private final PageBudget budget;

    ArticleChain(Extractor extractor, LanguageIdentifier language) {
        this(extractor, language, PageBudget.configured());
    }

    ArticleChain(Extractor extractor, LanguageIdentifier language, PageBudget budget) {
        this.extractor = extractor;
        this.language = language;
        this.budget = budget;
    }

    /** The language the chain would give an article of this text (for text that comes already extracted). */
    public String languageOf(String text) {
        return language.identify(text);
    }

    /**
     * The page's article, or empty when it has none: then the page, with the one-line reason, goes to
     * {@code failures} (an extractor's crash is reported the same way, never thrown). Extraction runs within the
     * page's run-time budget ({@link PageBudget}, 10 s of CPU time unless the system property
     * {@code dossier.page-budget} says otherwise): a page over it is given up with "took longer than 10 s".
     */
    public Optional<ProcessedArticle> process(RawPage page, Consumer<InputFailure> failures) {
        return run(page, failures, true);
    }

    /**
     * The page's clean article labelled with its language, without the text features (for a front end that only
     * shows articles, such as {@code dossier extract}); failures as for {@link #process}.
     */
    public Optional<Article> article(RawPage page, Consumer<InputFailure> failures) {
        return run(page, failures, false).map(ProcessedArticle::article);
    }

    private Optional<ProcessedArticle> run(RawPage page, Consumer<InputFailure> failures, boolean features) {
        try {
            Article a = budget.run(() -> extractor.extract(page));
            a = a.withLanguage(language.identify(a.text()));
            RawPage provenance = new RawPage(page.id(), page.source(), page.kind(), null, page.hints());
            return Optional.of(new ProcessedArticle(provenance, a, features ? TextFeatures.of(a.title(), a.text(), a.language()) : null));
        } catch (ExtractionException e) {
            failures.accept(new InputFailure(page.source(), e.getMessage()));
        } catch (PageBudget.Exceeded e) {
            failures.accept(new InputFailure(page.source(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.accept(new InputFailure(page.source(), "interrupted before its article was extracted"));
        } catch (Exception | StackOverflowError e) {
            failures.accept(new InputFailure(page.source(),
                    "could not extract an article (" + e.getClass().getSimpleName() + ")"));
        }
        return Optional.empty();
    }
}
