package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.model.StoryDossier;
import org.dossier.render.JsonRenderer;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories analysed in parallel give the dossiers one thread gives, byte for byte: the seeds (one story of five
 * pages) and the bundled examples (several stories, a repost among them) reported with one and with two analysis
 * threads, in two stores, render the same JSON.
 */
class SameDossiersWhateverTheThreadCountTest {
    static final List<Path> PAGES = List.of(Path.of("../shared/corpus/seeds"), Path.of("examples/corpus"));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir Path one;
    @TempDir Path two;

    private static String report(Path data, int threads) throws Exception {
        try (SqliteStore store = SqliteStore.open(data)) {
            Workspace w = new Workspace(store, Composition.standard(CLOCK), Workspace.DEFAULT_BATCH, threads);
            Workspace.Report r = w.report(new FilePageInput(PAGES), Progress.NONE);
            assertTrue(r.ingest().ok(), r.ingest().failures().toString());
            List<StoryDossier> dossiers = r.dossiers();
            assertTrue(dossiers.size() >= 3, "several stories, so that two are analysed at once: " + dossiers.size());
            return new JsonRenderer().render(dossiers);
        }
    }

    @Test
    void oneAndTwoAnalysisThreadsWriteTheSameDossierJson() throws Exception {
        for (Path p : PAGES) {
            assertTrue(Files.isDirectory(p), "missing " + p.toAbsolutePath());
        }
        String single = report(one, 1);
        String parallel = report(two, 2);
        assertEquals(single, parallel);
    }
}
