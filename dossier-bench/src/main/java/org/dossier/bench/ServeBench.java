package org.dossier.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.model.Story;
import org.dossier.server.Catalogue;
import org.dossier.server.DossierServer;
import org.dossier.server.load.LoadGenerator;
import org.dossier.store.SqliteStore;

/**
 * Latency of {@code dossier serve} on a store of N articles made from page copies ({@link #build}):
 * {@code ServeBench SRC_DIR N SECONDS CLIENTS WORK_DIR}. Builds the store once in
 * WORK_DIR (kept for the next run), warms {@link #STORIES} stories' dossiers (their NLP time printed), then on
 * 127.0.0.1: the story page and search one request at a time (median, p95, p99), and {@code CLIENTS} clients for
 * {@code SECONDS} seconds over story pages, search, the stories list and article pages with 4 slow clients
 * trickling (requests, errors, per kind median and p95). Then the stories list on a second store of
 * {@value #LIST_STORIES} one-article stories ({@link ListStore}), with and without filters.
 */
public final class ServeBench {
    /** How many stories' pages are measured (their dossiers made first): {@code -Dserve.stories=N}, default 6. */
    static final int STORIES = Integer.getInteger("serve.stories", 6);
    static final int LIST_STORIES = 100_000;
    static final int SEQUENTIAL = 300;

    private ServeBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ServeBench SRC_DIR N SECONDS CLIENTS WORK_DIR");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int clients = Integer.parseInt(args[3]);
        Path work = Files.createDirectories(Path.of(args[4]));
        Path data = work.resolve("data-" + n);
        try (SqliteStore store = SqliteStore.open(data)) {
            Workspace ws = new Workspace(store, Composition.standard());
            if (store.lastSeq() < n) {
                build(ws, store, src, n);
            }
            List<Story> stories = ws.stories();
            System.out.printf("store: %d articles, %d stories%n", store.articles().size(), stories.size());
            try (Catalogue catalogue = new Catalogue(ws, data.resolve("search-index"))) {
                long t0 = System.nanoTime();
                catalogue.index();
                System.out.printf("search index: %d articles, caught up in %.1f s%n", catalogue.index().size(), (System.nanoTime() - t0) / 1e9);
                List<Story> chosen = choose(stories);
                List<String> storyPaths = new ArrayList<>();
                for (Story s : chosen) {
                    long d0 = System.nanoTime();
                    catalogue.dossier(s);
                    System.out.printf("dossier of %s (%d articles) made in %.1f s%n", s.id(), s.articleIds().size(), (System.nanoTime() - d0) / 1e9);
                    storyPaths.add("/stories/" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8));
                }
                List<String> searches = queries(store.articles());
                List<String> articles = new ArrayList<>();
                for (Story s : chosen) {
                    s.articleIds().stream().limit(20).forEach(id -> articles.add("/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
                }
                Javalin app = DossierServer.start(catalogue, "127.0.0.1", 0);
                try {
                    measure(app.port(), storyPaths, searches, articles, seconds, clients);
                } finally {
                    app.stop();
                }
            }
        }
        ListStore.measure(work.resolve("list-" + LIST_STORIES), LIST_STORIES, SEQUENTIAL);
    }

    /**
     * The store: the source pages ingested as {@code dossier ingest} does (extraction, dedup, clustering), then
     * copies of their articles up to {@code n} in all, written straight into the store as a copy of their original
     * in its story (as ingest files a page copy whose text is the original's; {@link PageCopies} makes such pages
     * for the ingest benchmark, where extraction is what is measured).
     */
    static void build(Workspace ws, SqliteStore store, Path src, int n) throws Exception {
        long t0 = System.nanoTime();
        var r = ws.ingest(Inputs.of(List.of(src), new SkippedRecords()), Progress.NONE);
        List<Article> originals = store.articles();
        System.out.printf("store: %d source pages ingested in %.0f s (%d failed)%n", r.added(), (System.nanoTime() - t0) / 1e9,
                r.failures().size());
        long t1 = System.nanoTime();
        store.inTransaction(() -> {
            for (int i = (int) store.lastSeq(); i < n; i++) {
                Article o = originals.get(i % originals.size());
                String id = String.format("copy%05d-%s", i, o.id());
                Article copy = new Article(id, o.source() + "#copy" + i, o.url(), o.title(), o.authors(), o.published(),
                        o.pageDates(), o.outlet(), o.language(), o.credits(), o.text(), o.translationScore(), o.id(), o.derivedFrom());
                store.putArticle(new RawPage(id, copy.source(), RawPage.Kind.HTML, ""), copy);
                store.assignStory(id, store.storyOf(o.id()).orElseThrow(), o.title());
            }
            return null;
        });
        System.out.printf("store: copies up to %d articles written in %.0f s%n", n, (System.nanoTime() - t1) / 1e9);
    }

    /** Stories spread over the sizes: the smallest with 3 articles or more, then evenly up to the largest. */
    static List<Story> choose(List<Story> stories) {
        List<Story> sized = stories.stream().filter(s -> s.articleIds().size() >= 3).toList();
        Set<Story> out = new LinkedHashSet<>();
        for (int i = 0; i < STORIES && !sized.isEmpty(); i++) {
            out.add(sized.get(sized.size() - 1 - (int) ((long) i * (sized.size() - 1) / Math.max(1, STORIES - 1))));
        }
        return List.copyOf(out);
    }

    /** Search queries: words and two-word phrases of the stored titles, in a fixed random order. */
    static List<String> queries(List<Article> articles) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        for (Article a : articles) {
            if (a.title() == null) {
                continue;
            }
            String[] w = a.title().toLowerCase().split("[^\\p{L}]+");
            for (int i = 0; i < w.length; i++) {
                if (w[i].length() >= 5) {
                    words.add(w[i]);
                    if (i + 1 < w.length && w[i + 1].length() >= 4) {
                        phrases.add("\"" + w[i] + " " + w[i + 1] + "\"");
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        words.stream().limit(200).forEach(w -> out.add("/api/search?q=" + URLEncoder.encode(w, StandardCharsets.UTF_8)));
        phrases.stream().limit(100).forEach(p -> out.add("/api/search?q=" + URLEncoder.encode(p, StandardCharsets.UTF_8)));
        Collections.shuffle(out, new Random(7));
        return out;
    }

    private static void measure(int port, List<String> storyPaths, List<String> searches, List<String> articles,
                                double seconds, int clients) throws Exception {
        LoadGenerator one = new LoadGenerator(port, 1, Duration.ofSeconds(30));
        List<LoadGenerator.Kind> warm = List.of(new LoadGenerator.Kind("story", storyPaths), new LoadGenerator.Kind("search", searches),
                new LoadGenerator.Kind("article", articles));
        one.run(warm, 20, 3_000, 0); // warm-up: the JIT, the page cache
        System.out.println();
        System.out.println("| one client, warm | requests | median ms | p95 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (LoadGenerator.Kind k : List.of(new LoadGenerator.Kind("story page", storyPaths), new LoadGenerator.Kind("search", searches))) {
            LoadGenerator.Result r = one.run(List.of(k), 60, SEQUENTIAL, 0);
            row(r.kinds().get(0));
        }
        LoadGenerator many = new LoadGenerator(port, clients, Duration.ofSeconds(30));
        List<LoadGenerator.Kind> mix = List.of(new LoadGenerator.Kind("story page", storyPaths),
                new LoadGenerator.Kind("search", searches),
                new LoadGenerator.Kind("stories list", List.of("/", "/api/stories?sort=newest", "/api/stories?language=en&offset=50",
                        "/?sort=title&limit=100")),
                new LoadGenerator.Kind("article page", articles));
        LoadGenerator.Result r = many.run(mix, seconds, 5_000_000, 4);
        System.out.println();
        System.out.printf("%d clients for %.0f s (+4 slow clients): %d requests, %.0f/s, %d errors%n", clients, r.seconds(),
                r.requests(), r.perSecond(), r.errors());
        System.out.println("| under load | requests | median ms | p95 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        r.kinds().forEach(ServeBench::row);
        r.kinds().stream().flatMap(k -> k.firstErrors().stream()).forEach(e -> System.out.println("error: " + e));
    }

    static void row(LoadGenerator.KindResult k) {
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", k.name(), k.requests(), k.medianMs(), k.p95Ms(),
                k.p99Ms(), k.maxMs(), k.errors());
    }

    /** GET on 127.0.0.1, for a check by hand. */
    static int get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
