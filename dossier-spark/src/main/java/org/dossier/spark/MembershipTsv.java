package org.dossier.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code MembershipTsv OUT}: prints the story of each article of a job's output as {@code RECORD<TAB>STORY}, the
 * prediction format of the clustering benchmark; {@code RECORD} is the record's own id where its source names one
 * ({@code FILE#ID}, JSON lines with an {@code id}), else its source. For benchmarks (bench/run.sh spark-ecb).
 */
public final class MembershipTsv {
    private MembershipTsv() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: MembershipTsv OUT");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        try (SparkSession spark = SparkSession.builder().appName("dossier-membership").master("local[1]").getOrCreate()) {
            var articles = spark.read().parquet(out.resolve("articles").toString()).select(col("id").as("article_id"),
                    col("source"));
            var membership = spark.read().parquet(out.resolve("membership").toString());
            PrintStream print = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            for (Row r : articles.join(membership, "article_id").select("source", "story_id").collectAsList()) {
                String source = r.getString(0);
                int hash = source.lastIndexOf('#');
                print.println((hash >= 0 ? source.substring(hash + 1) : source) + "\t" + r.getString(1));
            }
            print.flush();
        }
    }
}
