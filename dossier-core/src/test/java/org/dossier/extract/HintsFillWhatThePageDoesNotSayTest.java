package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.input.Inputs;
import org.dossier.input.PageReader;
import org.dossier.input.SkippedRecords;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.PageDate;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class HintsFillWhatThePageDoesNotSayTest {
    private static final String BODY = "<p>The river broke through the old dam before dawn on Tuesday, flooding the"
            + " lower town and forcing hundreds of families to leave their homes, officials said.</p>"
            + "<p>Rescue teams worked through the day to reach villages cut off by the water.</p>";

    @TempDir Path dir;

    private static Article extract(RawPage page) throws ExtractionException {
        return new PageExtractor().extract(page);
    }

    private static RawPage html(String head, RawPage.Hints hints) {
        String html = "<html><head>" + head + "<title>Dam breaks in the night</title></head><body><article>"
                + "<h1>Dam breaks in the night</h1>" + BODY + "</article></body></html>";
        return new RawPage("p1", "test", RawPage.Kind.HTML, html, hints);
    }

    @Test
    void theHintUrlIsTheArticleUrlWhenThePageHasNoCanonicalLink() throws Exception {
        RawPage.Hints hints = new RawPage.Hints("https://www.herald.example/dam", null, null, null);
        assertEquals("https://www.herald.example/dam", extract(html("", hints)).url());
        assertEquals("https://herald.example/canonical", extract(html(
                "<link rel=\"canonical\" href=\"https://herald.example/canonical\">", hints)).url());
    }

    @Test
    void aPageNamingNoOutletTakesTheHostOfItsUrlWithoutWww() throws Exception {
        RawPage.Hints hints = new RawPage.Hints("https://www.news.herald.example.co.uk/dam", null, null, null);
        assertEquals("news.herald.example.co.uk", extract(html("", hints)).outlet(), "only www. is dropped");
        assertEquals("Herald", extract(html("<meta property=\"og:site_name\" content=\"Herald\">", hints)).outlet());
        assertNull(extract(html("", RawPage.Hints.NONE)).outlet());
        assertNull(PageExtractor.outletFromUrl("http://10.0.0.1/x"));
    }

    @Test
    void theIndexDateIsThePublicationDateUnlessThePageStatesOneItTrustsMore() throws Exception {
        LocalDate hint = LocalDate.of(2024, 5, 14);
        RawPage.Hints hints = new RawPage.Hints(null, Instant.parse("2024-06-01T00:00:00Z"), null, hint);
        Article undated = extract(html("", hints));
        assertEquals(hint, undated.published());
        assertTrue(undated.pageDates().contains(new PageDate(hint, PageExtractor.INDEX_ORIGIN,
                PageExtractor.INDEX_DATE_CONFIDENCE)), undated.pageDates().toString());
        Article dated = extract(html("<meta property=\"article:published_time\" content=\"2024-05-13T08:00:00Z\">", hints));
        assertEquals(LocalDate.of(2024, 5, 13), dated.published(), "the page's own published meta tag wins");
    }

    @Test
    void theFetchTimeIsNeverAPublicationDate() throws Exception {
        RawPage.Hints hints = new RawPage.Hints(null, Instant.parse("2024-06-01T00:00:00Z"), "text/html", null);
        Article a = extract(html("", hints));
        assertNull(a.published());
        assertTrue(a.pageDates().isEmpty(), a.pageDates().toString());
    }

    @Test
    void aJsonLinesRecordsUrlAndDatePublishComeFromItsHints() throws Exception {
        Article seed = extract(PageReader.read(Path.of("examples/corpus/02-meridian-daily-velna-flood-evacuation.html")));
        com.fasterxml.jackson.databind.node.ObjectNode line = org.dossier.model.Json.MAPPER.createObjectNode();
        line.put("url", "https://www.meridian.example/velna");
        line.put("title", "Velna evacuates");
        line.put("date_publish", "2024-05-15 07:00:00");
        line.put("maintext", seed.text().replace("\n\n", "\n"));
        Path jsonl = Files.writeString(dir.resolve("dump.jsonl"), line + "\n");
        List<InputFailure> failures = new ArrayList<>();

        List<RawPage> pages = Inputs.readAll(Inputs.of(List.of(jsonl), new SkippedRecords()), failures::add);

        assertEquals(List.of(), failures);
        Article a = extract(pages.get(0));
        assertEquals("https://www.meridian.example/velna", a.url());
        assertEquals(LocalDate.of(2024, 5, 15), a.published());
        assertTrue(a.pageDates().stream().anyMatch(d -> d.origin().equals(PageExtractor.INDEX_ORIGIN)
                && d.date().equals(LocalDate.of(2024, 5, 15))), a.pageDates().toString());
        assertEquals("meridian.example", a.outlet());
    }

    @Test
    void aWarcPageWhoseHtmlNamesNoOutletGetsItFromItsTargetUriHost() throws Exception {
        byte[] html = ("<html><head><title>Dam breaks in the night</title></head><body><article>"
                + "<h1>Dam breaks in the night</h1>" + BODY + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), html).build();
            writer.write(new WarcResponse.Builder("https://www.riverwatch.example/brodno")
                    .date(Instant.parse("2024-05-20T09:00:00Z")).body(http).build());
        }
        List<InputFailure> failures = new ArrayList<>();

        List<RawPage> pages = Inputs.readAll(Inputs.of(List.of(warc), new SkippedRecords()), failures::add);

        assertEquals(List.of(), failures);
        Article a = extract(pages.get(0));
        assertEquals("riverwatch.example", a.outlet());
        assertEquals("https://www.riverwatch.example/brodno", a.url());
        assertNull(a.published(), "the WARC-Date is when it was fetched");
        assertNull(extract(PageReader.fromBytes("f", html, RawPage.Kind.HTML)).outlet(), "a file has no hints");
    }
}
