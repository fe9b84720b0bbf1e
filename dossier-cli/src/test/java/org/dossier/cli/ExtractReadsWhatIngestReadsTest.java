package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.cli.DossierCliTest.Run;
import org.dossier.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code dossier extract} reads archives, JSON lines and feeds as {@code ingest} does (one input stage for both):
 * a record's text is the article, never the archive's or the line's raw bytes; a bad line is named by its number.
 */
class ExtractReadsWhatIngestReadsTest {
    private static final Path SEEDS = Path.of("../shared/corpus/seeds");

    @TempDir Path dir;

    @Test
    void extractGivesTheArticlesOfAnArchiveJsonLinesAndAFeedAndNamesABadLine() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://seeds.example/a", 200, Files.readAllBytes(seeds.get(0))));
            writer.write(response("https://seeds.example/gone", 404, "Not found".getBytes()));
        }
        Run one = DossierCliTest.run("extract", "--json", seeds.get(1).toString());
        assertEquals(0, one.code(), one.err());
        Path jsonl = Files.writeString(dir.resolve("articles.jsonl"), one.out() + "{not json\n");
        String body = Files.readString(seeds.get(2)).replace("]]>", "");
        Path feed = Files.writeString(dir.resolve("news.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed</title>"
                + "<link>https://feed.example/</link><description>d</description>"
                + "<item><title>Item</title><link>https://feed.example/item</link>"
                + "<content:encoded><![CDATA[<p>" + body.replace("\n\n", "</p><p>") + "</p>]]></content:encoded></item>"
                + "</channel></rss>");

        Run r = DossierCliTest.run("extract", "--json", warc.toString(), jsonl.toString(), feed.toString());

        assertEquals(DossierCli.SOME_FAILED, r.code(), "a bad line fails the run: " + r.err());
        List<JsonNode> articles = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            articles.add(Json.MAPPER.readTree(line));
        }
        assertEquals(3, articles.size(), r.out());
        assertEquals("https://seeds.example/a", articles.get(0).get("url").asText());
        assertEquals("https://feed.example/item", articles.get(2).get("url").asText());
        for (JsonNode a : articles) {
            String text = a.get("text").asText();
            assertTrue(!text.startsWith("{") && !text.contains("WARC/") && !text.contains("<p>"),
                    "an article's text, not its container's: " + text.substring(0, Math.min(120, text.length())));
        }
        assertEquals(Json.MAPPER.readTree(one.out()).get("text"), articles.get(1).get("text"),
                "a line of extract's own output gives the same article back");
        List<String> err = r.err().lines().toList();
        assertTrue(err.contains("dossier: " + warc + ": 1 record skipped (1 HTTP status not 200)"), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("dossier: " + jsonl + ":2: not JSON")), r.err());
    }

    private static WarcResponse response(String uri, int status, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse("text/plain; charset=utf-8"), body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2022-01-27T09:00:00Z")).body(http).build();
    }
}
