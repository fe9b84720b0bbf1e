package org.dossier.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.chain.Composition;
import org.dossier.input.PageReader;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.spark.bench.WarcRecords;

/**
 * The inputs the job is tested on, written at run time from the five seed pages (one story, as {@code dossier
 * ingest} makes them): a WARC of the first four (resource records, as a crawler stores plain text) and one HTML
 * response without an article; JSON lines holding the fifth as an extracted article (title, text, URL), a line
 * that is not JSON and one without text. Every seed article carries the URL {@code https://seeds.example/FILE}.
 */
final class TestInputs {
    static final Path SEEDS = Path.of("../shared/corpus/seeds");
    static final String SEED_URL = "https://seeds.example/";

    private TestInputs() {}

    static List<Path> seeds() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The archive: the seeds but the last as resource records, then an HTML page with no article text. */
    static Path warc(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Path> seeds = seeds();
        for (Path seed : seeds.subList(0, seeds.size() - 1)) {
            out.writeBytes(WarcRecords.record("resource", SEED_URL + seed.getFileName(), "text/plain",
                    Files.readAllBytes(seed)));
        }
        byte[] empty = "<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        out.writeBytes(WarcRecords.record("response", "https://empty.example/", "application/http;msgtype=response",
                WarcRecords.http(empty)));
        return Files.write(dir.resolve("crawl.warc"), out.toByteArray());
    }

    /** The JSON lines: the last seed's article, a line cut off, a line with neither title nor text. */
    static Path jsonLines(Path dir) throws Exception {
        List<Path> seeds = seeds();
        Path last = seeds.get(seeds.size() - 1);
        Article seed = Composition.standard().articleChain().process(PageReader.read(last), f -> { })
                .orElseThrow().article();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("url", SEED_URL + last.getFileName());
        line.put("title", seed.title());
        line.put("maintext", seed.text().replace("\n\n", "\n"));
        List<String> lines = new ArrayList<>();
        lines.add(Json.write(line));
        lines.add("{\"title\": \"cut off");
        lines.add("{\"id\": \"no-body\", \"title\": \" \", \"text\": \"\"}");
        return Files.write(dir.resolve("news.jsonl"), lines, StandardCharsets.UTF_8);
    }

    /** The records of {@link #warc} and {@link #jsonLines} together. */
    static int records() throws IOException {
        return seeds().size() - 1 + 1 + 3;
    }
}
