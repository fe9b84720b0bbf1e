package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.model.Json;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/ingest}: every kind of file {@code dossier ingest} reads (page, text, gzip, WARC, feed, JSON
 * lines, built here) is added and found by search; refused files and bad lines are named by the client's file name
 * with a reason; names cannot leave the upload folder; too large an upload is a 413 JSON error; a form from another
 * site is a 403. No NLP models are needed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UploadTest {
    @TempDir Path dir;

    static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p><p>" + body + " More details are expected when the council meets again on Monday.</p></article></body></html>";
    }

    static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static String warc(String uri, String html) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
        int length = http.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6b1f4c1e-2b7a-4bb5-9a55-0d6c7d1f1a01>\r\n"
                + "WARC-Date: 2025-03-04T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + http + "\r\n\r\n";
    }

    static String feed(String title, String body) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Valley Times</title><link>https://valley.example/</link><description>news</description>"
                + "<item><title>" + title + "</title><link>https://valley.example/item-1</link>"
                + "<pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate><content:encoded><![CDATA[" + page(title, body)
                + "]]></content:encoded></item></channel></rss>";
    }

    private interface WithServer {
        void run(Javalin app, Catalogue catalogue) throws Exception;
    }

    private void serving(IngestRoutes.Limits limits, WithServer test) throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("data"));
             Catalogue catalogue = new Catalogue(new Workspace(store, Composition.standard()))) {
            Javalin app = DossierServer.create(catalogue, "127.0.0.1", limits).start(0);
            try {
                test.run(app, catalogue);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void everyKindOfInputIsAddedAndRefusalsAreNamedByTheClientsFileName() throws Exception {
        String jsonl = Json.write(java.util.Map.of("id", "j1", "title", "Orchard harvest ends early",
                "text", "The orchard harvest ended two weeks early after a warm September, growers said. "
                        + "Prices for apples are expected to rise in the coming weeks, according to the growers' union.",
                "date", "2025-03-04")) + "\n{not json\n";
        Multipart form = new Multipart()
                .file("bridge.html", page("Bridge repairs close the east lane", "Crews closed the east lane of the old bridge for repairs."))
                .file("notes/tram.txt", "Tram line extension approved\n\nThe city approved the tram line extension to the airport on Monday, "
                        + "the transport office said. Construction starts in spring and should take two years.")
                .file("market.html.gz", gzip(page("Night market returns to the square", "The night market returned to the square with sixty stalls.")))
                .file("crawl.warc", warc("https://harbour.example/news/ferry", page("Ferry fares frozen for a year", "The ferry operator froze fares for a year.")))
                .file("valley.rss", feed("Snowfall closes mountain pass", "Heavy snowfall closed the mountain pass overnight, police said."))
                .file("lines.jsonl", jsonl)
                .file("empty.html", "");
        serving(IngestRoutes.Limits.DEFAULT, (app, catalogue) -> {
            var r = form.post(app.port(), "/api/ingest");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode doc = Json.MAPPER.readTree(r.body());
            assertEquals(6, doc.get("added").asInt(), r.body());
            assertEquals("tram.txt", doc.get("files").get(1).asText(), "a folder in the name is dropped");
            List<String> refused = new ArrayList<>();
            doc.get("refused").forEach(f -> refused.add(f.get("source").asText() + ": " + f.get("reason").asText()));
            assertEquals(2, refused.size(), refused.toString());
            assertTrue(refused.stream().anyMatch(s -> s.startsWith("lines.jsonl:2")), refused.toString());
            assertTrue(refused.stream().anyMatch(s -> s.startsWith("empty.html")), refused.toString());
            assertTrue(refused.stream().noneMatch(s -> s.contains("dossier-upload-")), "a temporary path leaked: " + refused);
            for (String word : List.of("bridge", "tram", "market", "ferry", "snowfall", "orchard")) {
                assertEquals(1, catalogue.search(word, 5).total(), word + " is searchable at once");
            }
            var again = form.post(app.port(), "/api/ingest");
            assertEquals(6, Json.MAPPER.readTree(again.body()).get("already_stored").asInt(), again.body());
        });
    }

    @Test
    void hostileFileNamesStayInsideTheUploadFolder() {
        for (String name : List.of("../../etc/passwd", "..\\..\\boot.ini", "/abs/x.html", "....//x.html", "C:\\w\\y.html",
                ".hidden.html", "a\u0000b.html", "<script>.html", "", "..")) {
            String safe = UploadNames.safe(3, name);
            assertTrue(safe.matches("003-[A-Za-z0-9][A-Za-z0-9._-]*"), name + " -> " + safe);
            assertFalse(safe.contains(".."), name + " -> " + safe);
            Path folder = Path.of("/tmp/up");
            assertEquals(folder, folder.resolve(safe).normalize().getParent(), name);
        }
        assertTrue(UploadNames.safe(1, "report.warc.gz").endsWith(".warc.gz"));
        assertTrue(UploadNames.safe(1, "x".repeat(500) + ".jsonl").endsWith(".jsonl"));
    }

    @Test
    void tooLargeAnUploadIsA413WithAJsonErrorAndAddsNothing() throws Exception {
        Multipart big = new Multipart().file("big.html", page("Big", "word ".repeat(5_000)));
        Multipart many = new Multipart().file("a.html", "x").file("b.html", "y").file("c.html", "z");
        serving(new IngestRoutes.Limits(10_000, 2), (app, catalogue) -> {
            var r = big.post(app.port(), "/api/ingest");
            assertEquals(413, r.statusCode(), r.body());
            JsonNode e = Json.MAPPER.readTree(r.body()).get("error");
            assertEquals(413, e.get("status").asInt());
            assertTrue(e.get("message").asText().contains("10000 bytes"), r.body());
            assertEquals(413, many.post(app.port(), "/api/ingest").statusCode());
            assertEquals(0, catalogue.storyCount());
        });
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        Multipart form = new Multipart().file("a.html", page("Canal locks reopen", "The canal locks reopened after winter maintenance."));
        serving(IngestRoutes.Limits.DEFAULT, (app, catalogue) -> {
            var other = form.post(app.port(), "/api/ingest", "Origin", "http://evil.example");
            assertEquals(403, other.statusCode(), other.body());
            assertEquals(403, Json.MAPPER.readTree(other.body()).get("error").get("status").asInt());
            assertEquals(403, form.post(app.port(), "/api/ingest", "Sec-Fetch-Site", "cross-site").statusCode());
            assertEquals(0, catalogue.storyCount());
            var own = form.post(app.port(), "/api/ingest", "Origin", "http://127.0.0.1:" + app.port(), "Sec-Fetch-Site", "same-origin");
            assertEquals(200, own.statusCode(), own.body());
            assertEquals(1, catalogue.storyCount());
        });
    }
}
