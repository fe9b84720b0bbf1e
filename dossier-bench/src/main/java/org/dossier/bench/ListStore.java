package org.dossier.bench;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.server.Catalogue;
import org.dossier.server.DossierServer;
import org.dossier.server.load.LoadGenerator;
import org.dossier.store.SqliteStore;

/**
 * The stories list at scale: a store of N one-article stories written straight into the store (random outlets
 * among 300, 5 languages, dates over two years; no extraction), then {@code GET /} and {@code /api/stories} one at
 * a time, plain, sorted, deep in the list and filtered (median, p95).
 */
final class ListStore {
    private ListStore() {}

    static void measure(Path dir, int n, int requests) throws Exception {
        try (SqliteStore store = SqliteStore.open(dir)) {
            if (store.lastSeq() < n) {
                long t0 = System.nanoTime();
                Random r = new Random(1);
                String[] languages = {"en", "de", "fr", "es", "it"};
                store.inTransaction(() -> {
                    for (long i = store.lastSeq(); i < n; i++) {
                        String id = String.format("p%07d", i);
                        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730));
                        Article a = new Article(id, id + ".html", "https://outlet" + r.nextInt(300) + ".example/" + id,
                                "Story number " + i + " about item " + r.nextInt(5000), List.of(), day, List.of(),
                                "Outlet " + r.nextInt(300), languages[r.nextInt(languages.length)], List.of(),
                                "Text of story " + i + ".", 0, null, null);
                        store.putArticle(new RawPage(id, id + ".html", RawPage.Kind.HTML, ""), a);
                        store.assignStory(id, "s-" + id, a.title());
                    }
                    return null;
                });
                System.out.printf("%nlist store: %d stories written in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            try (Catalogue catalogue = new Catalogue(new Workspace(store, Composition.standard()))) {
                Javalin app = DossierServer.start(catalogue, "127.0.0.1", 0);
                try {
                    LoadGenerator one = new LoadGenerator(app.port(), 1, Duration.ofSeconds(30));
                    List<LoadGenerator.Kind> kinds = List.of(
                            new LoadGenerator.Kind("page /", List.of("/")),
                            new LoadGenerator.Kind("api, newest", List.of("/api/stories?sort=newest")),
                            new LoadGenerator.Kind("api, offset 90,000", List.of("/api/stories?offset=90000")),
                            new LoadGenerator.Kind("api, outlet", List.of("/api/stories?outlet=Outlet+17", "/api/stories?outlet=Outlet+230")),
                            new LoadGenerator.Kind("api, language + dates", List.of("/api/stories?language=de&from=2024-03-01&to=2024-03-31")),
                            new LoadGenerator.Kind("page, title order", List.of("/?sort=title&offset=5000")));
                    one.run(kinds, 10, 300, 0);
                    System.out.println();
                    System.out.printf("| stories list, %,d stories | requests | median ms | p95 ms | p99 ms | max ms | errors |%n", n);
                    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
                    for (LoadGenerator.Kind k : kinds) {
                        ServeBench.row(one.run(List.of(k), 30, requests / 3, 0).kinds().get(0));
                    }
                } finally {
                    app.stop();
                }
            }
        }
    }
}
