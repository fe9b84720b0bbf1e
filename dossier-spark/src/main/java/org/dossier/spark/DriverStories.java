package org.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.chain.StoryAssigner;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.text.TextFeatures;

/**
 * The stories step on the driver ({@code --stories driver}): the articles stream to the driver sorted as {@code dossier ingest}
 * sorts a batch (by publication date, undated last, ties in input order; a page whose bytes came earlier in the
 * input is dropped as ingest skips it), and one {@link StoryAssigner} of the composition places them there,
 * single-threaded, making the same decisions as ingest: a first pass counts them all into the clustering's
 * statistics ({@link StoryAssigner#prime}), a second assigns each. The membership is written from the driver;
 * the story table is then aggregated by Spark. Exact (the decisions of ingest), but the driver holds one id
 * pair per article; {@link DistributedStories} is the default.
 */
final class DriverStories {
    private static final StructType TITLES = new StructType()
            .add("story_id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true);
    private static final int PRIME_BATCH = 1000;

    private final SparkSession spark;
    private final Composition composition;

    DriverStories(SparkSession spark, Composition composition) {
        this.spark = spark;
        this.composition = composition;
    }

    /** The membership and stories of {@code firsts} (the articles, each id once: {@link StoriesStep#firsts}). */
    StoriesStep.Result run(Dataset<Row> firsts) throws Exception {
        Dataset<Row> ordered = firsts.orderBy(col("published").asc_nulls_last(), col("input_index"), col("record_index"));

        StoryAssigner assigner = composition.storyAssigner();
        List<ProcessedArticle> batch = new ArrayList<>();
        for (Iterator<Row> it = ordered.select("id", "source", "title", "text", "published", "language").toLocalIterator();
                it.hasNext(); ) {
            batch.add(processed(primeOnly(it.next())));
            if (batch.size() == PRIME_BATCH) {
                assigner.prime(batch);
                batch.clear();
            }
        }
        assigner.prime(batch);

        StoryBook book = new StoryBook();
        List<Row> membership = new ArrayList<>();
        for (Iterator<Row> it = ordered.toLocalIterator(); it.hasNext(); ) {
            StoryAssigner.Assignment a = assigner.assign(processed(ArticleRows.toArticle(it.next())),
                    id -> book.storyOf(id));
            book.assign(a.article().id(), a.storyId(), a.article().title());
            for (Map.Entry<String, String> m : a.merges().entrySet()) {
                book.merge(m.getKey(), m.getValue());
            }
            membership.add(RowFactory.create(a.article().id(), null, a.article().duplicateOf(), a.article().derivedFrom()));
            if (membership.size() % PRIME_BATCH == 0) {
                settle(assigner, book);
            }
        }
        settle(assigner, book);
        List<Row> rows = new ArrayList<>();
        for (Row r : membership) {
            rows.add(RowFactory.create(r.get(0), book.storyOf(r.getString(0)).orElseThrow(), r.get(2), r.get(3)));
        }
        List<Row> titles = new ArrayList<>();
        book.members().keySet().forEach(s -> titles.add(RowFactory.create(s, book.title(s))));

        Dataset<Row> members = spark.createDataFrame(rows, StoriesStep.MEMBERSHIP);
        Dataset<Row> stories = members.join(firsts.select(col("id").as("article_id"), col("published")), "article_id")
                .groupBy("story_id")
                .agg(count("article_id").as("article_count"), min("published").as("first_date"),
                        max("published").as("last_date"))
                .join(spark.createDataFrame(titles, TITLES), "story_id")
                .select(col("story_id").as("id"), col("title"), col("article_count"), col("first_date"), col("last_date"));
        return new StoriesStep.Result(members, stories);
    }

    /** Ends a batch as ingest does: the stories its articles show to be one merge ({@link StoryAssigner#settle}). */
    private static void settle(StoryAssigner assigner, StoryBook book) {
        for (Map.Entry<String, String> m : assigner.settle().entrySet()) {
            book.merge(m.getKey(), m.getValue());
        }
    }

    private static Article primeOnly(Row r) {
        return new Article(r.getString(0), r.getString(1), null, r.getString(2), List.of(),
                r.isNullAt(4) ? null : r.getLocalDate(4), List.of(), null, r.getString(5), List.of(), r.getString(3),
                0.0, null, null);
    }

    private static ProcessedArticle processed(Article a) {
        RawPage provenance = new RawPage(a.id(), a.source(), RawPage.Kind.TEXT, null);
        return new ProcessedArticle(provenance, a, TextFeatures.of(a.title(), a.text(), a.language()));
    }
}
