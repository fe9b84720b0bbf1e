package org.dossier.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.InputFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of the bad-input corpus through the readers and the article chain, one at a time: it is read into an
 * article saying what it must, or refused with one line per bad input, record or line naming it and the reason, never
 * an exception, within a per-input time budget.
 */
class HostileInputsTest {
    /** The most one input may take, reading and extracting (the 50 MB and 1 GB inputs are refused by their size). */
    static final long BUDGET_MS = 15_000;

    @TempDir static Path dir;
    static HostileCorpus corpus;
    static ArticleChain chain;

    @BeforeAll
    static void write() throws Exception {
        corpus = HostileCorpus.write(dir.resolve("corpus"));
        chain = Composition.standard().articleChain();
    }

    @Test
    void theCorpusHoldsAtLeastTwentyFiveKinds() {
        assertTrue(corpus.kinds().size() >= 25, corpus.kinds().size() + " kinds");
        if (corpus.unreadableSkipped()) {
            System.out.println("HostileInputsTest: running as root, so the unreadable-file kind is left out");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachKindIsReadOrRefusedInOneLinePerBadInputWithinItsBudget() {
        return corpus.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(), () -> {
            List<InputFailure> failures = new ArrayList<>();
            List<ProcessedArticle> articles = new ArrayList<>();
            long start = System.nanoTime();
            Inputs.of(List.of(kind.path()), new SkippedRecords())
                    .read(page -> chain.process(page, failures::add).ifPresent(articles::add), failures::add);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < BUDGET_MS, kind.name() + " took " + ms + " ms");
            if (kind.read()) {
                assertTrue(articles.stream().anyMatch(a -> a.article().text().contains(kind.mustRead())),
                        kind.name() + ": no article says \"" + kind.mustRead() + "\"; failures " + failures
                                + "; texts " + articles.stream().map(a -> abbreviate(a.article().text())).toList());
            } else {
                assertTrue(articles.isEmpty(), kind.name() + " gave " + articles.size() + " articles");
            }
            assertEquals(kind.refusals().size(), failures.size(), kind.name() + ": " + failures);
            for (HostileCorpus.Refusal r : kind.refusals()) {
                assertTrue(failures.stream().anyMatch(f -> f.source().endsWith(r.source()) && f.reason().contains(r.reason())),
                        kind.name() + ": no failure " + r + " in " + failures);
            }
            for (InputFailure f : failures) {
                assertFalse(f.reason().contains("\n") || f.reason().contains("Exception") || f.reason().isBlank(),
                        kind.name() + ": not a one-line reason: " + f);
            }
            for (ProcessedArticle a : articles) {
                assertFalse(a.article().text().contains(HostileCorpus.SECRET), kind.name() + " read a local file");
            }
        }));
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }
}
