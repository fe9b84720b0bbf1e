package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.cli.DossierCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedIngestTest {
    private static final Path CORPUS = Path.of("examples/corpus");

    @TempDir Path dir;

    @Test
    void aFeedAndAFolderInOneIngestAddTheFeedsFullItemsAndCountItsSummaries() throws Exception {
        List<Path> html;
        try (Stream<Path> s = Files.list(CORPUS)) {
            html = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        StringBuilder items = new StringBuilder();
        for (Path page : html.subList(0, 2)) {
            String body = org.jsoup.Jsoup.parse(Files.readString(page)).body().html();
            items.append("<item><title>").append(page.getFileName()).append("</title><link>https://www.feed.example/")
                    .append(page.getFileName()).append("</link><pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate>")
                    .append("<content:encoded><![CDATA[").append(body).append("]]></content:encoded></item>");
        }
        items.append("<item><title>Teaser</title><link>https://www.feed.example/t</link>")
                .append("<description>Only a teaser.</description></item>");
        Path feed = Files.writeString(dir.resolve("news.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed</title>"
                + "<link>https://www.feed.example/</link><description>d</description>" + items + "</channel></rss>");
        Path folder = Files.createDirectories(dir.resolve("pages"));
        for (Path page : html.subList(2, 4)) {
            Files.copy(page, folder.resolve(page.getFileName()));
        }

        Run ingest = DossierCliTest.run("ingest", "--data", dir.resolve("store").toString(), feed.toString(),
                folder.toString());

        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().startsWith("4 added, 0 already stored, 0 failed"), ingest.out());
        // the summary-only item is counted, then listed: its link is no page of the ingest
        assertEquals("dossier: " + feed + ": 1 record skipped (1 summary only, no page)\n"
                + "dossier: 1 feed items with a summary only and no page in the input:\n"
                + "  " + feed + "#3 https://www.feed.example/t", ingest.err().strip());
    }
}
