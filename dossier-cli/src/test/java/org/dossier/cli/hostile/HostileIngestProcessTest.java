package org.dossier.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bad-input corpus in one {@code dossier ingest} process with a 1 GB heap: exit code 1, one stderr line
 * per bad input, record or line naming it and its reason, no stack trace, and every readable page of the batch
 * stored.
 */
class HostileIngestProcessTest {
    @TempDir Path dir;

    @Test
    void aBatchOfHostileInputsIsStoredExceptTheBadOnesEachNamedInOneLineAndExitsWithOne() throws Exception {
        HostileCorpus corpus = HostileCorpus.write(dir.resolve("corpus"));
        Path data = dir.resolve("data");
        long start = System.nanoTime();
        DossierProcess p = DossierProcess.start(dir.resolve("logs"), "1g", "ingest", "--data", data.toString(),
                dir.resolve("corpus").toString(), dir.resolve("corpus/x.html").toString());
        int code = p.waitFor(240);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String err = p.err();
        assertEquals(1, code, "stdout: " + p.out() + "\nstderr: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("Error:"), err);
        List<String> lines = err.lines().toList();
        int expected = corpus.kinds().stream().mapToInt(k -> k.refusals().size()).sum();
        assertEquals(expected, lines.size(), err);
        for (String line : lines) {
            assertTrue(line.startsWith("dossier: "), line);
        }
        for (HostileCorpus.Kind kind : corpus.kinds()) {
            for (HostileCorpus.Refusal r : kind.refusals()) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(r.source() + ": ") && l.contains(r.reason())),
                        kind.name() + ": no line for " + r + " in\n" + err);
            }
        }
        try (SqliteStore store = SqliteStore.open(data)) {
            List<Article> stored = store.articles();
            for (HostileCorpus.Kind kind : corpus.kinds()) {
                if (kind.read()) {
                    assertTrue(stored.stream().anyMatch(a -> a.text().contains(kind.mustRead())), kind.name() + " not stored");
                }
            }
            assertTrue(stored.stream().noneMatch(a -> a.text().contains(HostileCorpus.SECRET)));
        }
        System.out.println("HostileIngestProcessTest: " + corpus.kinds().size() + " kinds, " + expected
                + " failure lines, ingest " + seconds + " s");
    }
}
