package org.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.chain.Composition;

/**
 * The per-story analysis step: reads the {@code articles}, {@code membership} and {@code stories} tables the job
 * wrote, joins each distinct article to its story ({@code groupByKey(story_id)}) and runs the composition's
 * {@link org.dossier.chain.StoryAnalysis} on each story in the executors ({@link StoryAnalyser}: the CoreNLP models
 * load once per executor JVM). The dossiers are staged once as Parquet, then written as the tables of
 * {@link DossierTables} (one row per entity, quote, event, claim, outlet, fact, each with {@code story_id}) and one
 * JSON file per story, {@code dossiers/<story>.json}, in the document {@code dossier show --format json} writes.
 * A story whose analysis fails is named with its reason; the others go on.
 */
final class AnalysisStep {
    /** The staged analysis: one row per story. */
    static final StructType STAGED = staged();
    private static final String STAGING = "_analysis";

    private final SparkSession spark;
    private final Broadcast<Composition> composition;

    AnalysisStep(SparkSession spark, Broadcast<Composition> composition) {
        this.spark = spark;
        this.composition = composition;
    }

    /** What the step did: stories analysed, and one line per story whose analysis failed ({@code STORY: REASON}). */
    record Result(long analysed, List<String> failures) {}

    /** Analyses every story of the tables under {@code out} and writes the outputs there. */
    Result run(String out) throws IOException {
        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        Dataset<Row> firsts = articles
                .withColumn("occurrence", row_number().over(
                        Window.partitionBy("id").orderBy(col("input_index"), col("record_index"))))
                .filter(col("occurrence").equalTo(1))
                .drop("occurrence");
        Dataset<Row> membership = spark.read().parquet(out + "/membership");
        Dataset<Row> stories = spark.read().parquet(out + "/stories")
                .select(col("id").as("story_id"), col("title").as("story_title"));
        Dataset<Row> joined = membership.join(firsts, membership.col("article_id").equalTo(firsts.col("id")))
                .drop("article_id")
                .join(stories, "story_id");

        String staging = out + "/" + STAGING;
        // The work is CPU per story, not bytes: stories go to 4 groups per core, never merged by size (adaptive
        // execution would coalesce a few MB of text into one task and leave the other cores idle).
        RuntimeConfig conf = spark.conf();
        String shuffle = conf.get("spark.sql.shuffle.partitions");
        String coalesce = conf.get("spark.sql.adaptive.coalescePartitions.enabled");
        conf.set("spark.sql.shuffle.partitions", Integer.toString(partitions()));
        conf.set("spark.sql.adaptive.coalescePartitions.enabled", "false");
        try {
            joined.groupByKey((MapFunction<Row, String>) r -> r.getAs("story_id"), Encoders.STRING())
                    .flatMapGroups(new StoryAnalyser(composition), Encoders.row(STAGED))
                    .write().parquet(staging);
        } finally {
            conf.set("spark.sql.shuffle.partitions", shuffle);
            conf.set("spark.sql.adaptive.coalescePartitions.enabled", coalesce);
        }

        Dataset<Row> staged = spark.read().parquet(staging);
        for (String table : DossierTables.NAMES) {
            staged.select(col("story_id"), explode(col(table)).as("r"))
                    .select(col("story_id"), col("r.*"))
                    .write().parquet(out + "/" + table);
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        staged.filter(col("json").isNotNull()).select("story_id", "json")
                .foreachPartition(new JsonFiles(out + "/dossiers", new SerializableWritable<>(hadoop)));

        long analysed = staged.filter(col("json").isNotNull()).count();
        List<String> failures = new ArrayList<>();
        for (Row r : staged.filter(col("error").isNotNull()).select("story_id", "error").orderBy("story_id")
                .collectAsList()) {
            failures.add(r.getString(0) + ": " + r.getString(1));
        }
        Path path = new Path(staging);
        path.getFileSystem(hadoop).delete(path, true);
        return new Result(analysed, failures);
    }

    /** Four analysis tasks per core of the application (at least 2), so every core has work to the end. */
    private int partitions() {
        return Math.max(2, 4 * spark.sparkContext().defaultParallelism());
    }

    private static StructType staged() {
        StructType s = new StructType()
                .add("story_id", DataTypes.StringType, false)
                .add("json", DataTypes.StringType, true)
                .add("error", DataTypes.StringType, true);
        for (String table : DossierTables.NAMES) {
            s = s.add(table, DataTypes.createArrayType(DossierTables.SCHEMAS.get(table), false), false);
        }
        return s;
    }

    /** Writes each story's dossier JSON to {@code DIR/<story>.json} through the Hadoop file system of the path. */
    private static final class JsonFiles implements ForeachPartitionFunction<Row> {
        private static final long serialVersionUID = 1L;
        private final String dir;
        private final SerializableWritable<Configuration> conf;

        JsonFiles(String dir, SerializableWritable<Configuration> conf) {
            this.dir = dir;
            this.conf = conf;
        }

        @Override
        public void call(java.util.Iterator<Row> rows) throws IOException {
            FileSystem fs = null;
            while (rows.hasNext()) {
                Row r = rows.next();
                Path file = new Path(dir, fileName(r.getString(0)));
                if (fs == null) {
                    fs = file.getFileSystem(conf.value());
                }
                try (OutputStream o = fs.create(file, true)) { // a rerun task writes the same bytes again
                    o.write(r.getString(1).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** The file name of a story's dossier: its id, with anything but letters, digits, '.', '_' and '-' as '_'. */
    static String fileName(String storyId) {
        return storyId.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    }
}
