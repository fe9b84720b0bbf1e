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
import org.dossier.model.StoryDossier;
import org.dossier.render.JsonRenderer;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} on a WARC and JSON lines written from the seeds (one run for the whole class), checked
 * against {@code dossier ingest} and the workspace's dossiers of the same files in a SQLite store.
 */
class DossierJobTest {
    private static SparkSession spark;
    @TempDir static Path dir;
    private static Path warc;
    private static Path jsonl;
    private static Path out;
    private static JobSummary summary;
    private static IngestReport ingest;
    private static List<Story> ingested;
    private static List<StoryDossier> dossiers;

    @BeforeAll
    static void start() throws Exception {
        spark = TestSpark.session();
        warc = TestInputs.warc(dir);
        jsonl = TestInputs.jsonLines(dir);
        Path list = Files.writeString(dir.resolve("inputs.txt"), "# test inputs\n" + warc + "\n\n" + jsonl + "\n");
        out = dir.resolve("out");
        Composition composition = Composition.standard();
        summary = DossierJob.run(spark, JobOptions.parse("--input", list.toString(), "--out", out.toString()),
                composition);

        SqliteStore store = SqliteStore.open(dir.resolve("store"));
        try {
            Workspace ws = new Workspace(store, composition);
            ingest = ws.ingest(Inputs.of(List.of(warc, jsonl), new SkippedRecords()), Progress.NONE);
            ingested = ws.stories();
            dossiers = ws.dossiers(ingested, Progress.NONE);
        } finally {
            store.close();
        }
    }


    @Test
    void everyPageIsAnArticleOrRefusedWithItsReason() throws Exception {
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
        assertEquals(ingest.added(), summary.articles());
        assertEquals(ingest.failures().stream().map(InputFailure::source).collect(Collectors.toSet()),
                refused.stream().map(r -> (String) r.getAs("source")).collect(Collectors.toSet()));
    }

    @Test
    void theStoriesAreThoseIngestMakesAndTheSeedsAreOne() throws Exception {
        int seeds = TestInputs.seeds().size();
        Map<String, Set<String>> byStory = byStory();
        Set<Set<String>> sparkPartition = new HashSet<>(byStory.values());
        Set<Set<String>> ingestPartition = ingested.stream().map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
        assertEquals(ingestPartition, sparkPartition, "the same story partition as dossier ingest");

        Set<String> seedIds = seedIds();
        assertEquals(seeds, seedIds.size());
        assertTrue(sparkPartition.stream().anyMatch(s -> s.equals(seedIds)), "the five seeds are one story: " + sparkPartition);

        List<Row> stories = spark.read().parquet(out.resolve("stories").toString()).collectAsList();
        assertEquals(byStory.size(), stories.size());
        for (Row s : stories) {
            assertEquals(byStory.get((String) s.getAs("id")).size(), ((Long) s.getAs("article_count")).intValue());
        }
        assertEquals(stories.size(), summary.stories());
    }

    @Test
    void theSeedStorysEntitiesQuotesAndTimelineRowsCiteItsArticles() {
        Set<String> seedIds = seedIds();
        String story = storyOf(seedIds);
        for (String table : List.of("entities", "quotes", "timeline", "claims", "coverage", "facts")) {
            List<Row> rows = spark.read().parquet(out.resolve(table).toString())
                    .filter(org.apache.spark.sql.functions.col("story_id").equalTo(story)).collectAsList();
            if (table.equals("entities") || table.equals("quotes") || table.equals("timeline")) {
                assertFalse(rows.isEmpty(), table + " of the seeds' story");
            }
            for (Row r : rows) {
                List<String> cited = r.getList(r.fieldIndex("articles"));
                assertFalse(cited.isEmpty(), table + " row cites articles: " + r);
                assertTrue(seedIds.containsAll(cited), table + " row cites the story's articles: " + cited);
            }
        }
        assertEquals(summary.stories(), summary.analysed(), "every story analysed: " + summary.analysisFailures());
    }

    @Test
    void eachStorysDossierJsonIsTheOneTheWorkspaceGivesForTheSameArticles() throws Exception {
        assertEquals(ingested.size(), dossiers.size());
        for (StoryDossier d : dossiers) {
            Path file = out.resolve("dossiers").resolve(AnalysisStep.fileName(d.id()));
            assertTrue(Files.exists(file), "a dossier file for story " + d.id());
            assertEquals(new JsonRenderer().render(List.of(d)), Files.readString(file), "dossier of story " + d.id());
        }
        try (var files = Files.list(out.resolve("dossiers"))) {
            assertEquals(dossiers.size(), files.filter(f -> f.toString().endsWith(".json")).count());
        }
    }

    private static Map<String, Set<String>> byStory() {
        List<Row> membership = spark.read().parquet(out.resolve("membership").toString()).collectAsList();
        Map<String, Set<String>> byStory = new HashMap<>();
        for (Row r : membership) {
            byStory.computeIfAbsent(r.getAs("story_id"), k -> new HashSet<>()).add(r.getAs("article_id"));
        }
        return byStory;
    }

    private static String storyOf(Set<String> ids) {
        return byStory().entrySet().stream().filter(e -> e.getValue().equals(ids)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static Set<String> seedIds() {
        return spark.read().parquet(out.resolve("articles").toString()).collectAsList().stream()
                .filter(r -> ((String) r.getAs("url")).startsWith(TestInputs.SEED_URL))
                .map(r -> (String) r.getAs("id")).collect(Collectors.toSet());
    }
}
