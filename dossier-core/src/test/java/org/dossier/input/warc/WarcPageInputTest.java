package org.dossier.input.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dossier.input.PageReader;
import org.dossier.input.SkippedRecords;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcPageInputTest {
    private static final Path HTML_PAGE = Path.of("examples/corpus/01-sarvik-herald-brodno-dam-breach.html");
    private static final Path TEXT_PAGE = Path.of("../shared/corpus/seeds/000_8103464f1a2024fa.txt");
    private static final String DATE = "2024-05-01T10:15:30Z";

    @TempDir Path dir;
    private final List<InputFailure> failures = new ArrayList<>();
    private final SkippedRecords skipped = new SkippedRecords();

    @Test
    void responseAndResourceRecordsArePagesWithTheirUrlFetchTimeAndTheSameIdAsTheFile() throws Exception {
        byte[] html = Files.readAllBytes(HTML_PAGE);
        byte[] text = Files.readAllBytes(TEXT_PAGE);
        byte[] info = WarcRecords.record("warcinfo", null, DATE, "application/warc-fields", "software: test\r\n".getBytes());
        byte[] request = WarcRecords.record("request", "https://herald.example/dam", DATE,
                "application/http;msgtype=request", "GET /dam HTTP/1.1\r\nHost: herald.example\r\n\r\n".getBytes());
        byte[] response = WarcRecords.response("https://herald.example/dam", DATE, 200, "text/html; charset=utf-8", html);
        byte[] resource = WarcRecords.resource("https://seeds.example/000", "2024-05-02T08:00:00Z", "text/plain", text);
        Path warc = write("crawl.warc", info, request, response, resource);

        List<RawPage> pages = read(warc);

        assertEquals(List.of(), failures);
        assertEquals(2, pages.size());
        RawPage h = pages.get(0);
        RawPage t = pages.get(1);
        assertEquals(RawPage.Kind.HTML, h.kind());
        assertEquals(RawPage.Kind.TEXT, t.kind());
        assertEquals("https://herald.example/dam", h.hints().url());
        assertEquals(Instant.parse(DATE), h.hints().fetchedAt());
        assertEquals("text/html; charset=utf-8", h.hints().contentType());
        assertNull(h.hints().publishedHint(), "the fetch time is never the publication date");
        assertEquals("https://seeds.example/000", t.hints().url());
        assertEquals(Instant.parse("2024-05-02T08:00:00Z"), t.hints().fetchedAt());
        long offset = info.length + request.length;
        assertEquals(warc + "@" + offset, h.source());
        assertEquals(warc + "@" + (offset + response.length), t.source());
        assertEquals(PageReader.read(HTML_PAGE).id(), h.id(), "a page in an archive is the same page as its file");
        assertEquals(PageReader.read(TEXT_PAGE).id(), t.id());
        assertEquals(PageReader.read(TEXT_PAGE).content(), t.content());
    }

    @Test
    void nonOkAndNonPageRecordsAreSkippedAndCounted() throws Exception {
        byte[] html = Files.readAllBytes(HTML_PAGE);
        Path warc = write("crawl.warc",
                WarcRecords.response("https://a.example/missing", DATE, 404, "text/html", "<p>Not found</p>".getBytes()),
                WarcRecords.response("https://a.example/moved", DATE, 301, "text/html", new byte[0]),
                WarcRecords.response("https://a.example/logo.png", DATE, 200, "image/png", new byte[] {1, 2, 3}),
                WarcRecords.resource("https://a.example/app.js", DATE, "application/javascript", "x=1".getBytes()),
                WarcRecords.record("revisit", "https://a.example/dam", DATE, "application/http;msgtype=response",
                        "HTTP/1.1 200 OK\r\n\r\n".getBytes()),
                WarcRecords.response("https://a.example/dam", DATE, 200, "text/html", html));

        List<RawPage> pages = read(warc);

        assertEquals(List.of(), failures, "a skipped record is not a failure");
        assertEquals(1, pages.size());
        assertEquals(Map.of(WarcPageInput.NOT_200, 2, WarcPageInput.NOT_PAGE, 2, WarcPageInput.REVISIT, 1),
                skipped.of(warc.toString()));
        assertEquals(5, skipped.total());
        assertEquals(List.of(warc + ": 5 records skipped (2 HTTP status not 200, 2 not HTML or text, 1 revisit (no content))"),
                skipped.lines());
    }

    @Test
    void theCharsetOfTheContentTypeHeaderDecodesTheBody() throws Exception {
        String russian = "<html><body><p>\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u041a\u0438\u0435\u0432</p></body></html>";
        Path warc = write("crawl.warc", WarcRecords.response("https://ru.example/", DATE, 200,
                "text/html; charset=windows-1251", russian.getBytes(Charset.forName("windows-1251"))));

        List<RawPage> pages = read(warc);

        assertEquals(List.of(), failures);
        assertEquals(russian, pages.get(0).content());
    }

    @Test
    void aCorruptRecordIsNamedWithItsOffsetAndTheRecordsAfterItAreRead() throws Exception {
        byte[] first = WarcRecords.resource("https://a.example/1", DATE, "text/plain", "First page, all fine.".getBytes());
        byte[] broken = WarcRecords.resource("https://a.example/2", DATE, "text/plain", "Second page.".getBytes());
        byte[] third = WarcRecords.resource("https://a.example/3", DATE, "text/plain", "Third page, read again.".getBytes());
        byte[] garbled = new String(broken, StandardCharsets.ISO_8859_1).replace("WARC/1.1", "WAXX/9")
                .replace("Content-Length", "Cont\u00ffnt-L").getBytes(StandardCharsets.ISO_8859_1);
        Path warc = write("crawl.warc", first, garbled, third);

        List<RawPage> pages = read(warc);

        assertEquals(List.of("First page, all fine.", "Third page, read again."), pages.stream().map(RawPage::content).toList());
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(warc + "@" + first.length, failures.get(0).source());
        assertTrue(failures.get(0).reason().startsWith("corrupt record"), failures.toString());
    }

    @Test
    void aCompressedArchiveWrittenByJwarcIsReadRecordByRecord() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Path page : List.of(HTML_PAGE, TEXT_PAGE)) {
                String type = page.toString().endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse(type), Files.readAllBytes(page)).build();
                offsets.add(writer.position());
                writer.write(new WarcResponse.Builder("https://example.org/" + page.getFileName())
                        .date(Instant.parse(DATE)).body(http).build());
            }
        }

        List<RawPage> pages = read(warc);

        assertEquals(List.of(), failures);
        assertEquals(List.of(warc + "@" + offsets.get(0), warc + "@" + offsets.get(1)),
                pages.stream().map(RawPage::source).toList());
        assertEquals(PageReader.read(HTML_PAGE).id(), pages.get(0).id());
        assertEquals(PageReader.read(TEXT_PAGE).id(), pages.get(1).id());
        assertEquals("https://example.org/" + TEXT_PAGE.getFileName(), pages.get(1).hints().url());
    }

    @Test
    void aTruncatedGzipMemberEndsTheFileWithOneFailureLine() throws Exception {
        byte[] first = WarcRecords.gzip(WarcRecords.resource("https://a.example/1", DATE, "text/plain",
                "First page, all fine.".getBytes()));
        byte[] last = WarcRecords.gzip(WarcRecords.response("https://a.example/2", DATE, 200, "text/html",
                Files.readAllBytes(HTML_PAGE)));
        Path warc = write("crawl.warc.gz", first, Arrays.copyOf(last, last.length / 2));

        List<RawPage> pages = read(warc);

        assertEquals(1, pages.size());
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(warc + "@" + first.length, failures.get(0).source());
        assertTrue(!failures.get(0).toString().contains("\n"), failures.toString());
    }

    @Test
    void aCorruptGzipMemberIsNamedAndTheMembersAfterItAreRead() throws Exception {
        byte[] first = WarcRecords.gzip(WarcRecords.resource("https://a.example/1", DATE, "text/plain",
                "First page, all fine.".getBytes()));
        byte[] broken = WarcRecords.gzip("not a WARC record at all\r\n\r\n".getBytes());
        byte[] third = WarcRecords.gzip(WarcRecords.resource("https://a.example/3", DATE, "text/plain",
                "Third page, read again.".getBytes()));
        Path warc = write("crawl.warc.gz", first, broken, third);

        List<RawPage> pages = read(warc);

        assertEquals(List.of("First page, all fine.", "Third page, read again."), pages.stream().map(RawPage::content).toList());
        assertEquals(List.of(warc + "@" + first.length), failures.stream().map(InputFailure::source).toList());
    }

    @Test
    void aRecordBodyOverTheLimitIsRefusedAndTheNextIsRead() throws Exception {
        byte[] huge = new byte[PageReader.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) 'a');
        byte[] first = WarcRecords.gzip(WarcRecords.resource("https://a.example/huge", DATE, "text/plain", huge));
        byte[] second = WarcRecords.gzip(WarcRecords.resource("https://a.example/2", DATE, "text/plain",
                "A page of a normal size.".getBytes()));
        Path warc = write("crawl.warc.gz", first, second);

        List<RawPage> pages = read(warc);

        assertEquals(List.of("A page of a normal size."), pages.stream().map(RawPage::content).toList());
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(warc + "@0", failures.get(0).source());
        assertTrue(failures.get(0).reason().contains("larger than 32 MB"), failures.toString());
    }

    @Test
    void arcFilesAreReadToo() throws Exception {
        byte[] html = Files.readAllBytes(HTML_PAGE);
        byte[] http = concat(("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), html);
        String version = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
        byte[] head = ("filedesc://crawl.arc 0.0.0.0 20240501101530 text/plain " + version.length() + "\n" + version + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] rec = concat(("https://herald.example/dam 10.0.0.1 20240501101530 text/html " + http.length + "\n")
                .getBytes(StandardCharsets.US_ASCII), http, "\n".getBytes(StandardCharsets.US_ASCII));
        Path arc = write("crawl.arc", head, rec);

        List<RawPage> pages = read(arc);

        assertEquals(List.of(), failures);
        assertEquals(1, pages.size());
        assertEquals("https://herald.example/dam", pages.get(0).hints().url());
        assertEquals(Instant.parse(DATE), pages.get(0).hints().fetchedAt());
        assertEquals(PageReader.read(HTML_PAGE).id(), pages.get(0).id());
    }

    @Test
    void onlyArchiveNamesAreArchives() {
        for (String n : List.of("a.warc", "a.WARC.gz", "a.arc", "a.arc.gz")) {
            assertTrue(WarcPageInput.isArchiveFile(n), n);
        }
        for (String n : List.of("a.html", "a.txt.gz", "a.jsonl", "warc")) {
            assertTrue(!WarcPageInput.isArchiveFile(n), n);
        }
    }

    private List<RawPage> read(Path warc) {
        List<RawPage> pages = new ArrayList<>();
        new WarcPageInput(warc, skipped).read(pages::add, failures::add);
        return pages;
    }

    private Path write(String name, byte[]... records) throws IOException {
        return Files.write(dir.resolve(name), concat(records));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
