package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.server.search.ArticleIndex;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index follows the store: an article ingested through the server is found by the next search, and so is
 * one ingested by another process's workspace on the same store (as {@code dossier ingest} beside a running
 * {@code serve}), each added once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SearchFollowsIngestTest {
    @TempDir Path dir;

    private static Path page(Path folder, String name, String title, String body) throws Exception {
        Path p = folder.resolve(name);
        Files.writeString(p, "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>" + body + "</p><p>" + body + " The council will meet again next week to review the plans.</p>"
                + "</article></body></html>");
        return p;
    }

    @Test
    void articlesIngestedThroughTheServerOrAnotherWorkspaceAreFoundByTheNextSearch() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path first = page(pages, "a.html", "Harbour cranes repainted in Ostrava",
                "Workers repainted the harbour cranes in bright orange over three weekends, the port authority said.");
        Path second = page(pages, "b.html", "Glacier survey finds unusual meltwater lakes",
                "Researchers counted fourteen meltwater lakes on the plateau, twice as many as the previous summer.");
        Path third = page(pages, "c.html", "Violin workshop reopens after restoration",
                "The violin workshop reopened on Tuesday after a restoration that took eighteen months, its owner said.");
        Path data = dir.resolve("data");
        try (SqliteStore store = SqliteStore.open(data)) {
            Workspace server = new Workspace(store, Composition.standard());
            server.ingest(new FilePageInput(List.of(first)), Progress.NONE);
            try (Catalogue catalogue = new Catalogue(server, ArticleIndex.in(data))) {
                assertEquals(1, catalogue.search("cranes", 10).total());
                assertEquals(0, catalogue.search("meltwater", 10).total());

                catalogue.ingest(new FilePageInput(List.of(second)));
                assertEquals(1, catalogue.search("meltwater", 10).total(), "an upload is found by the next search");

                try (SqliteStore sameFile = SqliteStore.open(data)) {
                    new Workspace(sameFile, Composition.standard()).ingest(new FilePageInput(List.of(third)), Progress.NONE);
                }
                assertEquals(1, catalogue.search("violin", 10).total(), "another process's ingest is found");
                assertEquals(3, catalogue.index().size(), "each article indexed once");
                assertTrue(catalogue.search("cranes OR meltwater OR violin", 10).hits().stream()
                        .allMatch(h -> h.story() != null));
            }
        }
    }
}
