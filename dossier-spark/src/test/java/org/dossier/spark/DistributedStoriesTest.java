package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.Json;
import org.dossier.model.Story;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed stories step against the single-machine path on a corpus of several events: the articles of
 * six ECB+ dev stories (same-topic sibling events among them), dated a few days apart within each story and the
 * stories spread over two months (so stories fall into several clustering windows and across their borders), plus
 * reposts of three of them with other chrome. Read by the job as {@code {id, title, text, date}} JSON lines.
 */
class DistributedStoriesTest {
    private static final Path ECB = Path.of("../shared/bench/clustering/ecbplus_dev.jsonl");
    private static final int STORIES = 6;
    private static SparkSession spark;

    @TempDir Path dir;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
    }


    @Test
    void distributedStoriesAgreeWithIngestAndFindTheSameCopiesAsTheDriverPath() throws Exception {
        Path input = events(dir);
        Path list = Files.writeString(dir.resolve("inputs.txt"), input + "\n");
        Composition composition = Composition.standard();

        DossierJob.run(spark, JobOptions.parse("--input", list.toString(), "--out", dir.resolve("dist").toString(),
                "--stories", "distributed", "--analysis", "no"),
                composition);
        DossierJob.run(spark, JobOptions.parse("--input", list.toString(), "--out", dir.resolve("driver").toString(),
                "--stories", "driver", "--analysis", "no"), composition);
        List<Story> ingested;
        SqliteStore store = SqliteStore.open(dir.resolve("store"));
        try {
            Workspace ws = new Workspace(store, composition);
            ws.ingest(Inputs.of(List.of(input), new SkippedRecords()), Progress.NONE);
            ingested = ws.stories();
        } finally {
            store.close();
        }
        Set<Set<String>> ingest = ingested.stream().map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
        assertTrue(ingest.size() >= STORIES, "several stories: " + ingest.size());

        Set<Set<String>> driver = partition(dir.resolve("driver"));
        Set<Set<String>> distributed = partition(dir.resolve("dist"));
        assertEquals(ingest, driver, "the driver path makes ingest's stories");
        double f1 = ClusteringAgreement.bcubedF1(distributed, ingest);
        System.out.printf("distributed vs ingest: B3 F1 %.4f (%d vs %d stories)%n", f1, distributed.size(), ingest.size());
        assertTrue(f1 >= 0.95, "B3 F1 of the distributed stories against ingest's: " + f1);

        Map<String, String> copiesDriver = copies(dir.resolve("driver"));
        assertTrue(copiesDriver.size() >= 3, "the reposts are copies: " + copiesDriver);
        assertEquals(copiesDriver, copies(dir.resolve("dist")), "the same copies, of the same originals");
    }

    private static Set<Set<String>> partition(Path out) {
        Map<String, Set<String>> byStory = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("membership").toString()).collectAsList()) {
            byStory.computeIfAbsent(r.getAs("story_id"), k -> new HashSet<>()).add(r.getAs("article_id"));
        }
        return new HashSet<>(byStory.values());
    }

    private static Map<String, String> copies(Path out) {
        Map<String, String> copies = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(out.resolve("membership").toString()).collectAsList()) {
            String of = r.getAs("duplicate_of") != null ? "duplicate of " + r.getAs("duplicate_of")
                    : r.getAs("derived_from") != null ? "derived from " + r.getAs("derived_from") : null;
            if (of != null) {
                copies.put(r.getAs("article_id"), of);
            }
        }
        return copies;
    }

    /** The JSON lines: the first stories of ECB+ dev (by label), dated per story, and three reposts. */
    private static Path events(Path dir) throws Exception {
        List<Map<?, ?>> records = new ArrayList<>();
        for (String line : Files.readAllLines(ECB, StandardCharsets.UTF_8)) {
            records.add(Json.read(line, Map.class));
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(records.stream().map(r -> (String) r.get("story")).toList()));
        Map<String, Integer> story = new HashMap<>();
        for (int i = 0; i < STORIES; i++) {
            story.put(labels.get(i), i);
        }
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> reposts = new ArrayList<>();
        int n = 0;
        for (Map<?, ?> r : records) {
            Integer s = story.get((String) r.get("story"));
            if (s == null) {
                continue;
            }
            LocalDate date = LocalDate.of(2024, 1, 3).plusDays(11L * s + n++ % 4);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", r.get("id"));
            line.put("title", r.get("title"));
            line.put("text", r.get("text"));
            line.put("date", date.toString());
            lines.add(Json.write(line));
            if (reposts.size() < 3 && n % 5 == 0) {
                Map<String, Object> copy = new LinkedHashMap<>(line);
                copy.put("id", r.get("id") + "-repost");
                copy.put("text", "Share this story\n" + r.get("text") + "\nRead more news from our partners.");
                copy.put("date", date.plusDays(2).toString());
                reposts.add(copy);
            }
        }
        reposts.forEach(c -> lines.add(Json.write(c)));
        return Files.write(dir.resolve("events.jsonl"), lines, StandardCharsets.UTF_8);
    }
}
