package org.dossier.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePageInputTest {
    @TempDir Path dir;

    private static final String GOOD_HTML = "<html><body><p>Ministers met on Tuesday in the capital.</p></body></html>";

    @Test
    void manyFilesComeInNameOrderWithTheirFailuresInPlace() throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve(String.format("p%02d.html", i)), i == 17 ? "" : "<p>Page number " + i + ".</p>");
        }
        List<String> seen = new ArrayList<>();
        new FilePageInput(List.of(dir)).read(p -> seen.add(p.source()), f -> seen.add("failed " + f.source()));
        assertEquals(40, seen.size());
        for (int i = 0; i < 40; i++) {
            String name = dir.resolve(String.format("p%02d.html", i)).toString();
            assertEquals(i == 17 ? "failed " + name : name, seen.get(i));
        }
    }

    @Test
    void pagesReadWithoutIdsAreTheSamePagesUnhashed() throws IOException {
        Files.writeString(dir.resolve("a.html"), GOOD_HTML);
        Files.writeString(dir.resolve("b.txt"), "A plain text page.");
        List<RawPage> with = new FilePageInput(List.of(dir)).readAll(f -> { });
        List<RawPage> without = FilePageInput.withoutIds(List.of(dir)).readAll(f -> { });
        assertEquals(2, without.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(16, with.get(i).id().length(), "an id is the start of the bytes' hash");
            assertEquals("", without.get(i).id());
            assertEquals(with.get(i).content(), without.get(i).content());
            assertEquals(with.get(i).kind(), without.get(i).kind());
        }
    }

    @Test
    void badFilesAreReportedOneLineEachAndGoodPagesAreRead() throws IOException {
        Files.writeString(dir.resolve("good.html"), GOOD_HTML);
        Files.writeString(dir.resolve("good.txt"), "A plain text page.\n\nWith two paragraphs.");
        gzip(dir.resolve("good.html.gz"), "<p>Another page entirely.</p>".getBytes(StandardCharsets.UTF_8), false);
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.write(dir.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(dir.resolve("latin.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        gzip(dir.resolve("cut.html.gz"), GOOD_HTML.repeat(50).getBytes(StandardCharsets.UTF_8), true);
        Files.writeString(dir.resolve("notes.md"), "not a page type");

        List<InputFailure> failures = new ArrayList<>();
        List<RawPage> pages = new FilePageInput(List.of(dir)).readAll(failures::add);

        assertEquals(3, pages.size(), "good pages read");
        assertEquals(4, failures.size(), failures.toString());
        assertReason(failures, "empty.html", "empty");
        assertReason(failures, "binary.html", "binary");
        assertReason(failures, "latin.txt", "invalid UTF-8");
        assertReason(failures, "cut.html.gz", "truncated");
        failures.forEach(f -> assertTrue(!f.toString().contains("\n"), "one line: " + f));
    }

    @Test
    void samePageHasSameIdAndDifferentPagesDiffer() throws Exception {
        Path a = Files.writeString(dir.resolve("a.html"), GOOD_HTML);
        Path b = Files.writeString(dir.resolve("b.html"), GOOD_HTML);
        Path c = Files.writeString(dir.resolve("c.html"), GOOD_HTML + " ");
        assertEquals(PageReader.read(a).id(), PageReader.read(b).id());
        assertTrue(!PageReader.read(a).id().equals(PageReader.read(c).id()));
    }

    @Test
    void declaredCharsetIsHonouredForHtml() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041c\u043e\u0441\u043a\u0432\u0430</p></body></html>";
        Path p = dir.resolve("ru.html");
        Files.write(p, html.getBytes("windows-1251"));
        assertTrue(PageReader.read(p).content().contains("\u041c\u043e\u0441\u043a\u0432\u0430"));
    }

    @Test
    void missingPathIsAFailureNotAnException() {
        List<InputFailure> failures = new ArrayList<>();
        new FilePageInput(List.of(dir.resolve("nope"))).readAll(failures::add);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).reason().contains("no such file"));
    }

    private static void assertReason(List<InputFailure> failures, String file, String reason) {
        assertTrue(failures.stream().anyMatch(f -> f.source().endsWith(file) && f.reason().contains(reason)),
                file + " should fail with '" + reason + "': " + failures);
    }

    private static void gzip(Path file, byte[] content, boolean truncate) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(content);
        }
        byte[] bytes = buf.toByteArray();
        Files.write(file, truncate ? Arrays.copyOf(bytes, bytes.length / 2) : bytes);
    }
}
