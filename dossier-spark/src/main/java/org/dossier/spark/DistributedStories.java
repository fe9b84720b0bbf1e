package org.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dossier.cluster.FrequencyTable;
import org.dossier.dedup.Signer;
import org.dossier.text.TextFeatures;
import scala.Tuple2;

/**
 * The distributed stories step ({@code --stories distributed}, the default): the articles are numbered in
 * ingest's order (date, undated last, ties in input order) by a distributed sort, signed per partition, then
 * <ol>
 *   <li>near-duplicates by LSH band keys ({@link BandDedup}), the copies collapsed to their root original
 *       (distributed: a pair RDD of copy to root);</li>
 *   <li>document frequencies as a first aggregate, broadcast ({@link WindowClusters#frequencies});</li>
 *   <li>clustering of every article, copies included, per language × time window in parallel, stories merged
 *       across parts by centroid and name/number similarity ({@link WindowClusters});</li>
 *   <li>copies placed in their root's story (a join), whatever part clustered them.</li>
 * </ol>
 * The driver holds the story merges (a pair of story ids each) and the centroids of the stories they name, never
 * the articles or the copy relations. The membership and stories tables
 * are built by Spark; a story's id is {@code s-} and the id of its first article, its title that article's.
 */
final class DistributedStories {
    private final SparkSession spark;
    private final int windowDays;
    private final boolean batch;

    DistributedStories(SparkSession spark, int windowDays, boolean batch) {
        this.spark = spark;
        this.windowDays = windowDays;
        this.batch = batch;
    }

    StoriesStep.Result run(Dataset<Row> firsts) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<SignedArticle> signed = firsts
                .orderBy(col("published").asc_nulls_last(), col("input_index"), col("record_index"))
                .select("id", "title", "text", "published", "language", "translation_score")
                .javaRDD()
                .zipWithIndex()
                .mapPartitions(DistributedStories::sign)
                .persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<String, BandDedup.Copy> copies = BandDedup.copies(signed);
        Broadcast<FrequencyTable> table = jsc.broadcast(WindowClusters.frequencies(signed));
        JavaRDD<WindowClusters.PartStory> stories = WindowClusters.cluster(signed, copies.mapValues(BandDedup.Copy::root),
                        table, windowDays, batch)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<Map<String, String>> merged = jsc.broadcast(WindowClusters.merges(stories, table, batch));

        JavaRDD<Row> placed = stories.flatMap(s -> {
            String story = merged.value().getOrDefault(s.centroid().id(), s.centroid().id());
            List<Row> rows = new ArrayList<>();
            s.members().forEach(a -> rows.add(RowFactory.create(a, story)));
            return rows.iterator();
        });
        JavaRDD<Row> copyRows = copies.map(t -> RowFactory.create(t._1(), t._2().root(),
                t._2().duplicate() ? t._2().root() : null, t._2().duplicate() ? null : t._2().root()));
        Dataset<Row> copyTable = spark.createDataFrame(copyRows, copySchema());
        // a copy is clustered in its own part (its vector counts there), but its story is its root original's
        Dataset<Row> originalStories = spark.createDataFrame(placed, placedSchema())
                .join(copyTable.select("article_id"), "article_id", "left_anti");
        Dataset<Row> copyStories = copyTable
                .join(originalStories.select(col("article_id").as("root"), col("story_id")), "root")
                .select("article_id", "story_id", "duplicate_of", "derived_from");
        Dataset<Row> members = originalStories
                .withColumn("duplicate_of", org.apache.spark.sql.functions.lit(null).cast("string"))
                .withColumn("derived_from", org.apache.spark.sql.functions.lit(null).cast("string"))
                .unionByName(copyStories);
        Dataset<Row> membership = spark.createDataFrame(members.javaRDD(), StoriesStep.MEMBERSHIP);

        Dataset<Row> ordered = firsts.select(col("id").as("article_id"), col("published"), col("title"),
                col("input_index"), col("record_index"));
        Dataset<Row> storyTable = membership.join(ordered, "article_id")
                .groupBy("story_id")
                .agg(count("article_id").as("article_count"), min("published").as("first_date"),
                        max("published").as("last_date"),
                        min_by(col("title"), org.apache.spark.sql.functions.struct(
                                col("published").isNull(), col("published"), col("input_index"), col("record_index")))
                                .as("title"))
                .select(col("story_id").as("id"), col("title"), col("article_count"), col("first_date"), col("last_date"));
        return new StoriesStep.Result(membership, storyTable);
    }

    private static java.util.Iterator<SignedArticle> sign(java.util.Iterator<Tuple2<Row, Long>> rows) {
        Signer signer = new Signer();
        List<SignedArticle> out = new ArrayList<>();
        while (rows.hasNext()) {
            Tuple2<Row, Long> t = rows.next();
            Row r = t._1();
            String title = r.getString(1);
            String text = r.getString(2);
            LocalDate published = r.isNullAt(3) ? null : r.getLocalDate(3);
            TextFeatures features = TextFeatures.of(title, text, r.getString(4));
            out.add(SignedArticle.of(r.getString(0), t._2(), title, text, published, r.getString(4), r.getDouble(5),
                    signer.sign(title, text, features)));
        }
        return out.iterator();
    }

    private static org.apache.spark.sql.types.StructType placedSchema() {
        return new org.apache.spark.sql.types.StructType()
                .add("article_id", "string", false)
                .add("story_id", "string", false);
    }

    private static org.apache.spark.sql.types.StructType copySchema() {
        return new org.apache.spark.sql.types.StructType()
                .add("article_id", "string", false)
                .add("root", "string", false)
                .add("duplicate_of", "string", true)
                .add("derived_from", "string", true);
    }
}
