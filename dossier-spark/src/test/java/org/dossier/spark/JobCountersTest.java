package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.dossier.chain.Composition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article step's counts when Spark runs its tasks again: each input counted once, each refused record once. */
class JobCountersTest {
    @TempDir Path dir;

    @Test
    void inputsReadTwiceBecauseTheirTasksRanTwiceAreCountedOnce() throws Exception {
        SparkSession spark = TestSpark.session();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobCounters counters = new JobCounters(spark.sparkContext());
        Broadcast<Composition> chains = jsc.broadcast(Composition.standard());
        List<InputList.Entry> inputs = List.of(new InputList.Entry(0, TestInputs.warc(dir).toString()),
                new InputList.Entry(1, TestInputs.jsonLines(dir).toString()));
        LongAccumulator perRow = spark.sparkContext().longAccumulator("rows seen");
        JavaRDD<Row> rows = jsc.parallelize(inputs, 2).mapPartitions(new PartitionReader(chains, counters))
                .map(r -> {
                    perRow.add(1);
                    return r;
                });

        long articles = rows.count();
        rows.count(); // not cached: every task of the article step runs again and reports again

        assertEquals(2 * articles, perRow.value(), "the tasks ran twice, and a plain accumulator counts twice");
        int seeds = TestInputs.seeds().size();
        assertEquals(seeds, articles);
        assertEquals(seeds + 1, counters.pages(), "pages: the seeds and the page without an article");
        assertEquals(seeds, counters.articles());
        assertEquals(1, counters.refused(), counters.failureLines().toString());
        assertEquals(2, counters.unreadable(), counters.failureLines().toString());
        assertEquals(3, counters.failureLines().size());
    }
}
