package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.app.IngestReport;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.InputFailure;
import org.dossier.model.Story;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierJobTest {
    private static SparkSession spark;

    @TempDir Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("dossier-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyPageIsAnArticleOrRefusedWithItsReasonAndTheStoriesAreThoseIngestMakes() throws Exception {
        Path warc = TestInputs.warc(dir);
        Path jsonl = TestInputs.jsonLines(dir);
        Path list = Files.writeString(dir.resolve("inputs.txt"), "# test inputs\n" + warc + "\n\n" + jsonl + "\n");
        Path out = dir.resolve("out");
        Composition composition = Composition.standard();

        // the driver path, whose stories are ingest's exactly; the distributed path's agreement: DistributedStoriesTest
        JobSummary summary = DossierJob.run(spark, JobOptions.parse("--input", list.toString(), "--out", out.toString(),
                "--stories", "driver"), composition);

        int seeds = TestInputs.seeds().size();
        assertEquals(5, seeds);
        List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
        List<Row> refused = spark.read().parquet(out.resolve("refused").toString()).collectAsList();
        assertEquals(2, summary.inputs());
        assertEquals(seeds + 1, summary.pages(), summary.line());
        assertEquals(summary.pages(), summary.articles() + summary.refused(), "every page is an article or refused");
        assertEquals(1, summary.refused(), summary.failures().toString());
        assertEquals(TestInputs.records(), summary.pages() + summary.unreadable(), "every record is counted");
        assertEquals(2, summary.unreadable(), summary.failures().toString());
        assertEquals(summary.articles(), articles.size());
        assertEquals(summary.refused() + summary.unreadable(), refused.size());
        for (Row r : refused) {
            String source = r.getAs("source");
            assertTrue(source.startsWith(warc + "@") || source.startsWith(jsonl + ":"), source);
            assertFalse(((String) r.getAs("reason")).isBlank(), source);
        }
        for (Row r : articles) {
            String source = r.getAs("source");
            assertTrue(source.matches("\\Q" + warc + "\\E@\\d+|\\Q" + jsonl + "\\E:\\d+"), "source names file and record: " + source);
        }

        SqliteStore store = SqliteStore.open(dir.resolve("store"));
        IngestReport ingest;
        List<Story> ingested;
        try {
            Workspace ws = new Workspace(store, composition);
            ingest = ws.ingest(Inputs.of(List.of(warc, jsonl), new SkippedRecords()), Progress.NONE);
            ingested = ws.stories();
        } finally {
            store.close();
        }
        assertEquals(ingest.added(), summary.articles());
        assertEquals(ingest.failures().stream().map(InputFailure::source).collect(Collectors.toSet()),
                refused.stream().map(r -> (String) r.getAs("source")).collect(Collectors.toSet()));

        List<Row> membership = spark.read().parquet(out.resolve("membership").toString()).collectAsList();
        Map<String, Set<String>> byStory = new HashMap<>();
        for (Row r : membership) {
            byStory.computeIfAbsent(r.getAs("story_id"), k -> new HashSet<>()).add(r.getAs("article_id"));
        }
        Set<Set<String>> sparkPartition = new HashSet<>(byStory.values());
        Set<Set<String>> ingestPartition = ingested.stream().map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
        assertEquals(ingestPartition, sparkPartition, "the same story partition as dossier ingest");

        Set<String> seedIds = articles.stream().filter(r -> ((String) r.getAs("url")).startsWith(TestInputs.SEED_URL))
                .map(r -> (String) r.getAs("id")).collect(Collectors.toSet());
        assertEquals(seeds, seedIds.size());
        assertTrue(sparkPartition.stream().anyMatch(s -> s.equals(seedIds)), "the five seeds are one story: " + sparkPartition);

        List<Row> stories = spark.read().parquet(out.resolve("stories").toString()).collectAsList();
        assertEquals(byStory.size(), stories.size());
        for (Row s : stories) {
            assertEquals(byStory.get((String) s.getAs("id")).size(), ((Long) s.getAs("article_count")).intValue());
        }
        assertEquals(stories.size(), summary.stories());
    }
}
