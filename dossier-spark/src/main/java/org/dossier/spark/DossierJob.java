package org.dossier.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.chain.Composition;

/**
 * The Spark job: {@code DossierJob [--master URL] --input LIST --out DIR [--partitions N]}. The inputs of the list
 * are the partitions (one each, or {@code N} groups of them); each partition reads its inputs through the input
 * adapters and runs the article chain of one {@link Composition} (broadcast, built once per executor), writing the
 * Parquet table {@code DIR/articles}. The stories step ({@link StoriesStep}: on the driver for inputs it can hold,
 * distributed beyond, or as {@code --stories} says) writes {@code DIR/membership} and {@code DIR/stories};
 * the analysis step ({@link AnalysisStep}) makes every story's dossier in the executors and writes its tables and
 * {@code DIR/dossiers/<story>.json}; pages without an article and unreadable records go to {@code DIR/refused}
 * (source, stage, reason) and are named on stderr. Exit code 0 when every input was read and every story analysed,
 * 1 when some records were refused or a story's analysis failed (each named on stderr), 2 on a usage error.
 */
public final class DossierJob {
    static final StructType REFUSED = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("stage", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    private DossierJob() {}

    public static void main(String[] args) throws Exception {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("dossier");
        if (options.master() != null) {
            builder.master(options.master());
        }
        JobSummary summary;
        try (SparkSession spark = builder.getOrCreate()) {
            summary = run(spark, options, Composition.standard());
        }
        summary.skippedLines().forEach(System.err::println);
        for (String f : summary.failures()) {
            String[] p = f.split("\t", 3);
            System.err.println(p[0] + ": " + p[2]);
        }
        summary.analysisFailures().forEach(f -> System.err.println("story " + f));
        System.err.println(summary.line());
        System.err.println(summary.phasesLine());
        System.exit(summary.failures().isEmpty() && summary.analysisFailures().isEmpty() ? 0 : 1);
    }

    /** Runs the job in {@code spark} with the chains of {@code composition}; the tables are written under {@code out}. */
    public static JobSummary run(SparkSession spark, JobOptions options, Composition composition) throws Exception {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        List<InputList.Entry> inputs = InputList.read(options.input());
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(options.input() + " names no input");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobCounters counters = new JobCounters(spark.sparkContext());
        Broadcast<Composition> chains = jsc.broadcast(composition);
        int slices = options.partitions() > 0 ? Math.min(options.partitions(), inputs.size()) : inputs.size();
        long started = System.nanoTime();
        JavaRDD<Row> rows = jsc.parallelize(inputs, slices).mapPartitions(new PartitionReader(chains, counters));

        String out = options.out().toAbsolutePath().toString();
        spark.createDataFrame(rows, ArticleRows.SCHEMA).write().parquet(Path.of(out, "articles").toString());
        List<String> failures = counters.failureLines();
        List<Row> refused = new ArrayList<>();
        for (String f : failures) {
            refused.add(RowFactory.create((Object[]) f.split("\t", 3)));
        }
        spark.createDataFrame(refused, REFUSED).coalesce(1).write().parquet(Path.of(out, "refused").toString());

        long read = System.nanoTime();
        Dataset<Row> articles = spark.read().parquet(Path.of(out, "articles").toString());
        StoriesStep.Result stories = new StoriesStep(spark, composition, options).run(articles);
        stories.membership().write().parquet(Path.of(out, "membership").toString());
        stories.stories().write().parquet(Path.of(out, "stories").toString());
        Dataset<Row> written = spark.read().parquet(Path.of(out, "stories").toString());
        long placed = spark.read().parquet(Path.of(out, "membership").toString()).count();
        long storied = System.nanoTime();
        AnalysisStep.Result analysis = options.analysis()
                ? new AnalysisStep(spark, chains).run(out) : new AnalysisStep.Result(0, List.of());
        long analysed = System.nanoTime();
        chains.destroy();
        return new JobSummary(inputs.size(), counters.pages(), articles.count(), counters.refused(),
                counters.unreadable(), counters.skipped(), placed, written.count(), failures,
                counters.skippedRecordLines(), analysis.analysed(), analysis.failures(),
                new JobSummary.Phases(read - started, storied - read, analysed - storied));
    }
}
