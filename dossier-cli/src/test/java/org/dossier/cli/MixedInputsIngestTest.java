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

class MixedInputsIngestTest {
    private static final Path SEEDS = Path.of("../shared/corpus/seeds");

    @TempDir Path dir;

    @Test
    void anArchiveAFolderAndJsonLinesInOneIngestGiveTheStoriesOfThePagesAsFiles() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Path seed : seeds.subList(0, 3)) {
                writer.write(response("https://seeds.example/" + seed.getFileName(), 200, Files.readAllBytes(seed)));
            }
            writer.write(response("https://seeds.example/gone", 404, "Not found".getBytes()));
        }
        Path folder = Files.createDirectories(dir.resolve("pages"));
        for (Path seed : seeds.subList(2, 4)) {
            Files.copy(seed, folder.resolve(seed.getFileName()));
        }
        Run extracted = DossierCliTest.run("extract", "--json", seeds.get(4).toString());
        assertEquals(0, extracted.code(), extracted.err());
        Path jsonl = Files.writeString(dir.resolve("extracted.jsonl"), extracted.out());

        Path mixed = dir.resolve("mixed-store");
        Run ingest = DossierCliTest.run("ingest", "--data", mixed.toString(), warc.toString(), folder.toString(), jsonl.toString());

        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().startsWith("5 added, 1 already stored, 0 failed"),
                "the seed in the archive and in the folder is one page: " + ingest.out());
        assertEquals("dossier: " + warc + ": 1 record skipped (1 HTTP status not 200)", ingest.err().strip());

        Path files = dir.resolve("file-store");
        assertEquals(0, DossierCliTest.run("ingest", "--data", files.toString(), SEEDS.toString()).code());
        List<Integer> mixedStories = storySizes(mixed);
        assertEquals(List.of(5), mixedStories, "the seeds are one story of 5");
        assertEquals(storySizes(files), mixedStories);
    }

    @Test
    void reportReadsAnArchiveAndNamesItsCorruptEnd() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(response("https://seeds.example/000", 200,
                    Files.readAllBytes(SEEDS.resolve("000_8103464f1a2024fa.txt"))));
        }
        Files.write(warc, "WARC/1.1\r\nthis is no header".getBytes(), StandardOpenOption.APPEND);
        long corruptAt = Files.size(warc) - "WARC/1.1\r\nthis is no header".length();

        Run r = DossierCliTest.run("report", "--format", "json", warc.toString());

        assertEquals(1, r.code(), r.err());
        assertEquals(1, Json.MAPPER.readTree(r.out()).size(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("dossier: " + warc + "@" + corruptAt + ": corrupt record"), r.err());
    }

    private static WarcResponse response(String uri, int status, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse("text/plain; charset=utf-8"), body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2022-01-27T09:00:00Z")).body(http).build();
    }

    private static List<Integer> storySizes(Path store) throws Exception {
        Run r = DossierCliTest.run("stories", "--json", "--data", store.toString());
        assertEquals(0, r.code(), r.err());
        List<Integer> sizes = new ArrayList<>();
        for (JsonNode st : Json.MAPPER.readTree(r.out()).get("stories")) {
            sizes.add(st.get("article_ids").size());
        }
        return sizes;
    }
}
