package org.dossier.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.PageExtractor;
import org.dossier.input.SkippedRecords;
import org.dossier.input.feed.FeedPageInput;
import org.dossier.input.jsonl.JsonLinesPageInput;
import org.dossier.input.warc.WarcPageInput;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.port.PageInput;
import org.junit.jupiter.api.Test;

/**
 * Fuzz targets for what reads untrusted bytes: the HTML and text extractors, and the WARC, feed and JSON-lines
 * readers. Each must end in an article, an {@link ExtractionException} or one-line failures, never another exception.
 * Under {@code mvn verify} Jazzer runs the {@code @FuzzTest}s on their seed inputs (regression mode) and
 * {@link #seededMutationsOfTheSeedsNeverEscape} runs every target on 200 seeded mutations of each seed; {@code bench/fuzz.sh}
 * fuzzes each target with Jazzer for as long as it is told ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
    private static final PageExtractor EXTRACTOR = new PageExtractor();
    /** Mutations per seed in {@link #seededMutationsOfTheSeedsNeverEscape}. */
    static final int MUTATIONS = 200;

    @FuzzTest(maxDuration = "5s")
    void htmlExtractor(byte[] data) {
        extract(data, RawPage.Kind.HTML);
    }

    @FuzzTest(maxDuration = "5s")
    void textExtractor(byte[] data) {
        extract(data, RawPage.Kind.TEXT);
    }

    @FuzzTest(maxDuration = "5s")
    void warcReader(byte[] data) {
        read(data, ".warc", f -> new WarcPageInput(f, new SkippedRecords()));
    }

    @FuzzTest(maxDuration = "5s")
    void feedReader(byte[] data) {
        read(data, ".rss", f -> new FeedPageInput(f, new SkippedRecords()));
    }

    @FuzzTest(maxDuration = "5s")
    void jsonLinesReader(byte[] data) {
        read(data, ".jsonl", JsonLinesPageInput::new);
    }

    static void extract(byte[] data, RawPage.Kind kind) {
        try {
            EXTRACTOR.extract(new RawPage("fuzz", "fuzz", kind, new String(data, StandardCharsets.UTF_8)));
        } catch (ExtractionException e) {
            oneLine(e.getMessage());
        }
    }

    static void read(byte[] data, String suffix, Function<Path, PageInput> input) {
        Path f = Scratch.file(suffix);
        try {
            Files.write(f, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<InputFailure> failures = new ArrayList<>();
        input.apply(f).read(page -> { }, failures::add);
        failures.forEach(x -> oneLine(x.reason()));
    }

    private static void oneLine(String reason) {
        assertFalse(reason == null || reason.isBlank() || reason.contains("\n"), "not a one-line reason: " + reason);
    }

    static final List<String> SEEDS = List.of(
            "<html><head><title>A | B</title><meta name=\"description\" content=\"Tips on <style> and <svg\"></head><body>"
                    + "<article><h1>Bridge</h1><p>Officials said on Monday that the bridge would reopen next week.</p>"
                    + "<script><!-- document.write('<script>x</script>'); --></script><p>More text here, said the mayor.</p>"
                    + "</article></body></html>",
            "Bridge to reopen\n\nBy A. Writer\n\nOfficials said on Monday that the bridge would reopen next week.\n",
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2026-03-02T10:00:00Z\r\nWARC-Target-URI: https://x.example/\r\n"
                    + "Content-Type: application/http;msgtype=response\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\n"
                    + "Content-Type: text/html\r\n\r\n<p>Officials said.</p>\r\n\r\n",
            "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                    + "<title>t</title><item><title>x</title><link>https://x.example/a</link><content:encoded><![CDATA[<p>Text"
                    + "</p>]]></content:encoded></item></channel></rss>",
            "{\"title\": \"Bridge\", \"text\": \"Officials said on Monday.\", \"date_publish\": \"2026-03-02\"}\n{bad\n");

    /** A seed with a few bytes flipped, inserted, deleted or copied: a crude fuzzer that needs no instrumentation. */
    static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        int edits = 1 + r.nextInt(8);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = splice(b, at, new byte[] {"<>\"'&/=-![]{}:\n\r\u0000".getBytes(StandardCharsets.ISO_8859_1)
                        [r.nextInt(17)]}, 0);
                case 2 -> b = splice(b, at, new byte[0], Math.min(1 + r.nextInt(16), b.length - at));
                default -> {
                    int from = r.nextInt(b.length);
                    int len = Math.min(1 + r.nextInt(64), b.length - from);
                    b = splice(b, at, java.util.Arrays.copyOfRange(b, from, from + len), 0);
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, byte[] insert, int remove) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    @Test
    void seededMutationsOfTheSeedsNeverEscape() {
        Random r = new Random(15);
        for (int i = 0; i < MUTATIONS; i++) {
            for (String seed : SEEDS) {
                byte[] data = mutate(seed.getBytes(StandardCharsets.UTF_8), r);
                extract(data, RawPage.Kind.HTML);
                extract(data, RawPage.Kind.TEXT);
                if (i % 8 == 0) {
                    read(data, ".warc", f -> new WarcPageInput(f, new SkippedRecords()));
                    read(data, ".rss", f -> new FeedPageInput(f, new SkippedRecords()));
                    read(data, ".jsonl", JsonLinesPageInput::new);
                }
            }
        }
    }
}
