package org.dossier.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir Path dir;

    @Test
    void aFolderIsWalkedInNameOrderForPagesArchivesAndJsonLinesAlike() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pile"));
        Files.writeString(folder.resolve("a.html"), "<p>A page file in the folder.</p>");
        Files.write(folder.resolve("b.warc"), warc("https://b.example/", "A page in an archive."));
        Files.writeString(folder.resolve("c.jsonl"), "{\"title\":\"A line\",\"text\":\"An article in JSON lines.\"}\n");
        Files.writeString(folder.resolve("notes.md"), "not an input");
        Path sub = Files.createDirectories(folder.resolve("d"));
        Files.writeString(sub.resolve("e.txt"), "A text page in a subfolder.");
        List<InputFailure> failures = new ArrayList<>();

        List<RawPage> pages = Inputs.readAll(Inputs.of(List.of(folder), new SkippedRecords()), failures::add);

        assertEquals(List.of(), failures);
        assertEquals(List.of(folder.resolve("a.html").toString(), folder.resolve("b.warc") + "@0",
                folder.resolve("c.jsonl") + ":1", sub.resolve("e.txt").toString()),
                pages.stream().map(RawPage::source).toList());
    }

    @Test
    void pathsAreReadInArgumentOrderAndAnyNamedFileIsReadAsAPageAsBefore() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("z.jsonl"), "{\"title\":\"A line\",\"text\":\"An article.\"}\n");
        Path named = Files.writeString(dir.resolve("page.unknown"), "<p>Read as a page because it was named.</p>");
        Path missing = dir.resolve("missing.warc");
        List<InputFailure> failures = new ArrayList<>();

        List<RawPage> pages = Inputs.readAll(Inputs.of(List.of(jsonl, named, missing), new SkippedRecords()), failures::add);

        assertEquals(List.of(jsonl + ":1", named.toString()), pages.stream().map(RawPage::source).toList());
        assertEquals(List.of(new InputFailure(missing.toString(), "no such file or folder")), failures);
    }

    private static byte[] warc(String uri, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        return (head + text + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
