package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Story;
import org.dossier.server.load.LoadGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short load test: 16 clients for 3 seconds on 127.0.0.1 (story page, search, stories list with filters,
 * article page, CSV), while 4 slow clients trickle unfinished requests: every request answers 200 in time. The
 * long one (30 s on 10,000 articles) is {@code bench/run.sh serve}.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LoadTest {
    @TempDir Path dir;

    @Test
    void sixteenClientsForThreeSecondsGetNoErrorWhileSlowClientsTrickle() throws Exception {
        try (ServedStore served = ServedStore.ingesting(dir.resolve("data"), ServedStore.EXAMPLES)) {
            List<Story> stories = served.workspace.stories();
            Story smallest = stories.get(stories.size() - 1);
            served.catalogue.dossier(smallest); // warm: the models load and the dossier is kept
            List<String> articles = new ArrayList<>();
            served.store.articles().forEach(a -> articles.add("/articles/" + Html.seg(a.id())));
            Javalin app = DossierServer.create(served.catalogue, "127.0.0.1").start(0);
            try {
                List<LoadGenerator.Kind> kinds = List.of(
                        new LoadGenerator.Kind("story", List.of("/stories/" + smallest.id())),
                        new LoadGenerator.Kind("search", List.of("/api/search?q=dam", "/search?q=summit", "/api/search?q=%22the+river%22")),
                        new LoadGenerator.Kind("list", List.of("/", "/api/stories?sort=newest", "/?language=en&sort=title",
                                "/api/stories?entity=Brodno")),
                        new LoadGenerator.Kind("article", articles),
                        new LoadGenerator.Kind("csv", List.of("/api/stories/" + smallest.id() + "/quotes.csv", "/api/stories.csv")));
                LoadGenerator load = new LoadGenerator(app.port(), 16, Duration.ofSeconds(10));
                load.run(kinds, 0.5, 1_000, 0); // warm-up
                LoadGenerator.Result r = load.run(kinds, 3, 200_000, 4);
                String report = r.kinds().toString();
                assertEquals(0, r.errors(), report);
                assertTrue(r.requests() >= 16, "the clients got answers: " + report);
                r.kinds().forEach(k -> assertTrue(k.requests() > 0, k.toString()));
                System.out.printf("load test: %d requests in %.1f s (%.0f/s), 0 errors: %s%n", r.requests(), r.seconds(),
                        r.perSecond(), report);
            } finally {
                app.stop();
            }
        }
    }
}
