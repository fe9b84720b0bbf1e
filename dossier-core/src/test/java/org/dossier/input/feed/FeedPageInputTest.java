package org.dossier.input.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.dossier.extract.PageExtractor;
import org.dossier.input.Inputs;
import org.dossier.input.PageReader;
import org.dossier.input.SkippedRecords;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPageInputTest {
    private static final Path CORPUS = Path.of("examples/corpus");
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

    @TempDir Path dir;
    private final SkippedRecords skipped = new SkippedRecords();
    private final List<InputFailure> failures = new ArrayList<>();

    /** The body of a corpus page as paragraphs of HTML, as a feed's full content would hold it. */
    private static String bodyHtml(String file) throws Exception {
        Article a = new PageExtractor().extract(PageReader.read(CORPUS.resolve(file)));
        StringBuilder b = new StringBuilder();
        for (String p : a.text().split("\n\n")) {
            b.append("<p>").append(FeedItemPage.escape(p)).append("</p>");
        }
        return b.toString();
    }

    private static String cdata(String s) {
        return "<![CDATA[" + s + "]]>";
    }

    private String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"" + CONTENT_NS
                + "\"><channel><title>Herald</title><link>https://www.herald.example/</link><description>news"
                + "</description>" + items + "</channel></rss>\n";
    }

    private List<RawPage> read(Path file) {
        return Inputs.readAll(new FeedPageInput(file, skipped), failures::add);
    }

    @Test
    void rssItemsWithEncodedContentArePagesWithTheirTitleLinkAndDate() throws Exception {
        String body = bodyHtml("01-sarvik-herald-brodno-dam-breach.html");
        Path feed = Files.writeString(dir.resolve("herald.rss"), rss(
                "<item><title>Dam breach floods Brodno</title><link>https://www.herald.example/news/dam</link>"
                        + "<guid>dam-1</guid><pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate>"
                        + "<description>Short teaser.</description><content:encoded>" + cdata(body)
                        + "</content:encoded></item>"));

        List<RawPage> pages = read(feed);

        assertEquals(List.of(), failures);
        assertEquals(1, pages.size());
        RawPage page = pages.get(0);
        assertEquals(feed + "#1", page.source());
        assertEquals(RawPage.Kind.HTML, page.kind());
        assertEquals("https://www.herald.example/news/dam", page.hints().url());
        assertEquals(LocalDate.of(2024, 5, 14), page.hints().publishedHint());
        assertNull(page.hints().fetchedAt());
        Article a = new PageExtractor().extract(page);
        assertEquals("Dam breach floods Brodno", a.title());
        assertEquals("https://www.herald.example/news/dam", a.url());
        assertEquals(LocalDate.of(2024, 5, 14), a.published());
        assertEquals("herald.example", a.outlet());
        Article file = new PageExtractor().extract(PageReader.read(CORPUS.resolve("01-sarvik-herald-brodno-dam-breach.html")));
        assertEquals(file.text(), a.text(), "the item's content is the page's body");
        assertEquals(0, skipped.total());
    }

    @Test
    void atomEntriesWithHtmlContentArePagesAndSummaryOnlyEntriesAreCountedNotRead() throws Exception {
        String body = bodyHtml("02-meridian-daily-velna-flood-evacuation.html");
        Path feed = Files.writeString(dir.resolve("meridian.atom"), "<?xml version=\"1.0\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Meridian</title><id>urn:m</id>"
                + "<updated>2024-05-20T00:00:00Z</updated>"
                + "<entry><title>Velna evacuates</title><id>urn:m:1</id><link href=\"https://meridian.example/velna\"/>"
                + "<published>2024-05-15T07:00:00Z</published><updated>2024-05-19T07:00:00Z</updated>"
                + "<content type=\"html\">" + FeedItemPage.escape(body) + "</content></entry>"
                + "<entry><title>Teaser</title><id>urn:m:2</id><link href=\"https://meridian.example/t\"/>"
                + "<updated>2024-05-16T07:00:00Z</updated><summary>Only a summary.</summary></entry>"
                + "<entry><title>Empty</title><id>urn:m:3</id><updated>2024-05-16T07:00:00Z</updated></entry>"
                + "</feed>");

        List<RawPage> pages = read(feed);

        assertEquals(List.of(), failures);
        assertEquals(1, pages.size());
        assertEquals(feed + "#1", pages.get(0).source());
        assertEquals(LocalDate.of(2024, 5, 15), pages.get(0).hints().publishedHint(), "published, not updated");
        Article a = new PageExtractor().extract(pages.get(0));
        assertEquals("Velna evacuates", a.title());
        assertEquals("meridian.example", a.outlet());
        assertEquals(Map.of(FeedPageInput.SUMMARY_ONLY, 1, FeedPageInput.NO_CONTENT, 1), skipped.of(feed.toString()));
        assertEquals(List.of(feed + ": 2 records skipped (1 summary only, no page, 1 no content, no page)"),
                skipped.lines());
    }

    @Test
    void aMalformedFeedIsOneFailureNamingTheFileAndTheRestOfTheBatchIsRead() throws Exception {
        Path bad = Files.writeString(dir.resolve("a-bad.rss"), "<rss version=\"2.0\"><channel><item><title>x</title>");
        Path good = Files.writeString(dir.resolve("b-good.rss"), rss("<item><title>Fine</title><content:encoded>"
                + cdata(bodyHtml("03-eastgate-observer-basin-summit.html")) + "</content:encoded></item>"));

        List<RawPage> pages = Inputs.readAll(Inputs.of(List.of(dir), skipped), failures::add);

        assertEquals(1, pages.size());
        assertEquals(good + "#1", pages.get(0).source());
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(bad.toString(), failures.get(0).source());
        assertTrue(failures.get(0).reason().startsWith("malformed feed: "), failures.get(0).reason());
        assertFalse(failures.get(0).reason().contains("\n"));
    }

    @Test
    void aCompressedRssFeedIsRead() throws Exception {
        Path feed = dir.resolve("herald.rss.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(feed))) {
            out.write(rss("<item><title>Dam</title><link>https://herald.example/dam</link><content:encoded>"
                    + cdata(bodyHtml("04-riverwatch-brodno-dam-report.html")) + "</content:encoded></item>")
                    .getBytes(StandardCharsets.UTF_8));
        }

        List<RawPage> pages = Inputs.readAll(Inputs.of(List.of(feed), skipped), failures::add);

        assertEquals(List.of(), failures);
        assertEquals(1, pages.size());
        assertEquals("https://herald.example/dam", pages.get(0).hints().url());
    }

    @Test
    void anXmlFileIsReadAsAFeedOnlyWhenItsRootIsAFeeds() throws Exception {
        Path feed = Files.writeString(dir.resolve("news.xml"), rss("<item><title>Dam</title><content:encoded>"
                + cdata(bodyHtml("01-sarvik-herald-brodno-dam-breach.html")) + "</content:encoded></item>"));
        Path sitemap = Files.writeString(dir.resolve("sitemap.xml"),
                "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>");

        assertTrue(FeedFiles.looksLikeFeed(feed));
        assertFalse(FeedFiles.looksLikeFeed(sitemap));
        assertEquals(1, Inputs.readAll(Inputs.of(List.of(dir), skipped), failures::add).size());
        assertEquals(List.of(), failures, "an .xml in a folder that is not a feed is passed over");

        List<RawPage> named = Inputs.readAll(Inputs.of(List.of(sitemap), skipped), failures::add);

        assertEquals(List.of(), named);
        assertEquals(1, failures.size());
        assertEquals(sitemap.toString(), failures.get(0).source());
        assertEquals("not a feed (root element <{http://www.sitemaps.org/schemas/sitemap/0.9}urlset>, not RSS or Atom)",
                failures.get(0).reason());
    }

    @Test
    void plainTextContentIsATextPageWithTheItemsTitle() throws IOException {
        RawPage p;
        try {
            p = FeedItemPage.page("f#1", FeedItemPage.kindOf("text"), "A title", null, "Line one.\n\nLine two.",
                    RawPage.Hints.NONE);
        } catch (PageReader.BadPageException e) {
            throw new AssertionError(e);
        }
        assertEquals(RawPage.Kind.TEXT, p.kind());
        assertEquals("A title\n\nLine one.\n\nLine two.\n", p.content());
    }
}
