package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dossier.extract.Extractor;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The run-time budget of a page's extraction ({@link PageBudget} in {@link ArticleChain#process}): a page whose
 * extraction runs past it is refused with one line and the pages after it are read; given-up work does not hold
 * the caller; a page within it is extracted as without a budget.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PageBudgetTest {
    static final String PARAGRAPH = "<p>Officials said on Monday that the river bridge would reopen next week after"
            + " two months of repairs, the city council announced in a statement.</p>";

    /** An extractor that spins on the CPU on pages whose source starts with "slow" until released. */
    static final class Spinning implements Extractor {
        final AtomicBoolean release = new AtomicBoolean();
        private final PageExtractor real = new PageExtractor();

        @Override
        public Article extract(RawPage page) throws org.dossier.extract.ExtractionException {
            long x = 0;
            while (page.source().startsWith("slow") && !release.get()) {
                x += Long.numberOfTrailingZeros(x + 1);
            }
            return real.extract(page);
        }
    }

    static RawPage page(String source) {
        return new RawPage(source, source, RawPage.Kind.HTML, "<html><body><article>" + PARAGRAPH + PARAGRAPH
                + "</article></body></html>");
    }

    /**
     * The extractor's classes loaded and its first page read outside any budget: on a loaded machine a JVM's first
     * extraction (class loading included) can take more than the 1 s of these tests' budgets.
     */
    static Spinning warmed() {
        Spinning spinning = new Spinning();
        try {
            spinning.extract(page("warm-up.html"));
        } catch (org.dossier.extract.ExtractionException e) {
            throw new AssertionError(e);
        }
        return spinning;
    }

    @Test
    void aPageOverItsBudgetIsRefusedInOneLineAndTheNextPageIsRead() {
        Spinning spinning = warmed();
        ArticleChain chain = new ArticleChain(spinning, text -> "en", new PageBudget(1));
        List<InputFailure> failures = new ArrayList<>();
        try {
            long start = System.nanoTime();
            assertTrue(chain.process(page("slow.html"), failures::add).isEmpty());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of(new InputFailure("slow.html", "took longer than 1 s")), failures);
            assertTrue(ms >= 1_000 && ms < 60_000, ms + " ms");
            assertTrue(chain.process(page("next.html"), failures::add).isPresent(), failures.toString());
            assertEquals(1, failures.size());
        } finally {
            spinning.release.set(true);
        }
    }

    @Test
    void givenUpWorkDoesNotHoldTheBatch() {
        Spinning spinning = warmed();
        ArticleChain chain = new ArticleChain(spinning, text -> "en", new PageBudget(1));
        List<InputFailure> failures = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                chain.process(page("slow-" + i + ".html"), failures::add);
            }
            assertEquals(3, failures.size());
            failures.forEach(f -> assertEquals("took longer than 1 s", f.reason()));
            assertTrue(chain.process(page("next.html"), failures::add).isPresent());
        } finally {
            spinning.release.set(true);
        }
    }

    @Test
    void aPageWithinItsBudgetIsExtractedAsWithoutOne() {
        List<InputFailure> failures = new ArrayList<>();
        Article budgeted = new ArticleChain(new PageExtractor(), text -> "en", new PageBudget(10))
                .process(page("a.html"), failures::add).orElseThrow().article();
        Article unbounded = new ArticleChain(new PageExtractor(), text -> "en", new PageBudget(0))
                .process(page("a.html"), failures::add).orElseThrow().article();
        assertEquals(unbounded, budgeted);
        assertEquals(List.of(), failures);
    }

    @Test
    void theBudgetIsReadFromTheSystemProperty() {
        String old = System.getProperty(PageBudget.PROPERTY);
        try {
            System.setProperty(PageBudget.PROPERTY, "3");
            assertEquals(3, PageBudget.configured().seconds());
            System.clearProperty(PageBudget.PROPERTY);
            assertEquals(PageBudget.DEFAULT_SECONDS, PageBudget.configured().seconds());
        } finally {
            if (old != null) {
                System.setProperty(PageBudget.PROPERTY, old);
            }
        }
    }
}
