package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.chain.Composition;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.Article;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed item whose link is the URL of a page read from another input of the same ingest dates that page and fills
 * its title and author, whichever input comes first; summary-only items with no page are counted and listed. The
 * feed and the page are written at run time.
 */
class FeedEnrichmentTest {
    private static final String PAGE_URL = "https://www.harbour.example/news/ferry-strike-ends";

    @TempDir Path dir;

    /** A page stating no date, author or headline element, with its canonical link. */
    private Path page() throws Exception {
        Path p = dir.resolve("ferry.html");
        Files.writeString(p, "<html><head><link rel=\"canonical\" href=\"" + PAGE_URL + "\"></head><body><article>"
                + "<p>The ferry strike that had cut the islands off for nine days ended on Tuesday after the union and"
                + " the operator agreed on a new pay deal, both sides said in a joint statement.</p>"
                + "<p>The first crossings will leave the harbour at six in the morning, and extra sailings are planned"
                + " for the weekend to carry the freight that piled up during the strike.</p></article></body></html>",
                StandardCharsets.UTF_8);
        return p;
    }

    private Path feed() throws Exception {
        Path f = dir.resolve("harbour.rss");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour News</title><link>https://www.harbour.example/</link><description>d</description>"
                + "<item><title>Ferry strike ends after nine days</title>"
                + "<link>http://harbour.example/news/ferry-strike-ends/?utm_source=rss</link>"
                + "<author>ana.silva@harbour.example (Ana Silva)</author><category>Transport</category>"
                + "<pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate><description>The strike is over.</description></item>"
                + "<item><title>Harbour fees to rise</title><link>https://www.harbour.example/news/fees</link>"
                + "<pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate><description>Fees rise.</description></item>"
                + "</channel></rss>", StandardCharsets.UTF_8);
        return f;
    }

    private Article ingested(List<Path> inputs, IngestReport[] report) throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("data-" + inputs.get(0).getFileName()))) {
            FeedJoin feeds = new FeedJoin();
            report[0] = new Workspace(store, Composition.standard())
                    .ingest(Inputs.of(inputs, new SkippedRecords(), feeds::add), feeds, Progress.NONE);
            List<Article> all = store.articles();
            assertEquals(1, all.size());
            return all.get(0);
        }
    }

    @Test
    void aFeedItemDatesThePageItLinksWhicheverComesFirst() throws Exception {
        Path page = page();
        Path feed = feed();
        for (List<Path> order : List.of(List.of(feed, page), List.of(page, feed))) {
            IngestReport[] r = new IngestReport[1];
            Article a = ingested(order, r);
            assertEquals(LocalDate.of(2024, 5, 7), a.published(), "order " + order);
            assertEquals("Ferry strike ends after nine days", a.title());
            assertEquals(List.of("Ana Silva"), a.authors());
            assertEquals(1, r[0].enrichedByFeeds());
        }
    }

    @Test
    void summaryOnlyItemsWithoutAPageAreListed() throws Exception {
        IngestReport[] r = new IngestReport[1];
        ingested(List.of(page(), feed()), r);
        assertEquals(List.of(dir.resolve("harbour.rss") + "#2 https://www.harbour.example/news/fees"),
                r[0].feedItemsWithoutPage());
    }

    @Test
    void withoutTheFeedThePageHasNoDate() throws Exception {
        IngestReport[] r = new IngestReport[1];
        Article a = ingested(List.of(page()), r);
        assertEquals(null, a.published());
        assertEquals(0, r[0].enrichedByFeeds());
        assertTrue(r[0].feedItemsWithoutPage().isEmpty());
    }

    @Test
    void urlsAreComparedWithoutSchemeWwwTrackingAndTrailingSlash() {
        assertEquals(FeedJoin.key("https://www.a.example/x/y"), FeedJoin.key("http://a.example/x/y/?utm_medium=rss#top"));
        assertTrue(!FeedJoin.key("https://a.example/x?id=1").equals(FeedJoin.key("https://a.example/x?id=2")));
    }
}
