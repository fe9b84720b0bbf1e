package org.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.chain.Composition;

/**
 * The stories step of the job: from the {@code articles} table to the membership (one row per distinct article:
 * its story, its copy relation) and the stories. A page whose bytes came earlier in the input is dropped first, as
 * ingest skips it. Two ways, chosen by {@code --stories}: {@code distributed} ({@link DistributedStories}: dedup by
 * LSH band keys, clustering per time window and language, stories merged across them) and {@code driver}
 * ({@link DriverStories}: one story assigner on the driver, the decisions of {@code dossier ingest} exactly);
 * {@code auto} (the default) takes the driver for inputs of at most {@link JobOptions#DRIVER_MAX} distinct articles,
 * where it is exact and the driver holds them easily, and the distributed step beyond.
 */
final class StoriesStep {
    static final StructType MEMBERSHIP = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("story_id", DataTypes.StringType, false)
            .add("duplicate_of", DataTypes.StringType, true)
            .add("derived_from", DataTypes.StringType, true);

    /** How the stories are made. */
    enum Mode { AUTO, DRIVER, DISTRIBUTED }

    private final SparkSession spark;
    private final Composition composition;
    private final JobOptions options;

    StoriesStep(SparkSession spark, Composition composition, JobOptions options) {
        this.spark = spark;
        this.composition = composition;
        this.options = options;
    }

    /** What the step wrote: the membership (one row per distinct article) and the stories. */
    record Result(Dataset<Row> membership, Dataset<Row> stories) {}

    Result run(Dataset<Row> articles) throws Exception {
        Dataset<Row> firsts = firsts(articles);
        Mode mode = options.stories();
        if (mode == Mode.AUTO) {
            mode = firsts.count() <= JobOptions.DRIVER_MAX ? Mode.DRIVER : Mode.DISTRIBUTED;
        }
        return mode == Mode.DRIVER
                ? new DriverStories(spark, composition).run(firsts)
                : new DistributedStories(spark, options.windowDays(), options.batch()).run(firsts);
    }

    /** Each article once: a page whose bytes occurred earlier in the input (same id) is dropped. */
    static Dataset<Row> firsts(Dataset<Row> articles) {
        return articles
                .withColumn("occurrence", row_number().over(
                        Window.partitionBy("id").orderBy(col("input_index"), col("record_index"))))
                .filter(col("occurrence").equalTo(1))
                .drop("occurrence");
    }
}
