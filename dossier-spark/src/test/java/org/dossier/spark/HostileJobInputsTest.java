package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.chain.Composition;
import org.dossier.spark.bench.WarcRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's readers on hostile inputs, written at run time: a truncated WARC, a WARC with a corrupt record
 * between two good ones, an empty file, a binary page, a gzip bomb of JSON lines (1 GiB of zeros), a JSON-lines file
 * with a bad line, and a folder named like a page. Each bad input, record or line is one row of {@code refused}
 * naming it (a WARC record as {@code FILE@OFFSET}, a line as {@code FILE:N}) with a one-line reason; every good
 * record around them is an article; the job ends.
 */
class HostileJobInputsTest {
    private static SparkSession spark;
    @TempDir static Path dir;
    private static JobSummary summary;
    private static List<Row> articles;
    private static List<Row> refused;
    private static Path truncated;
    private static Path corrupt;
    private static int firstRecord;

    @BeforeAll
    static void run() throws Exception {
        spark = TestSpark.session();
        List<Path> seeds = TestInputs.seeds();
        byte[] one = seedRecord(seeds.get(0));
        byte[] two = seedRecord(seeds.get(1));
        byte[] three = seedRecord(seeds.get(2));
        firstRecord = one.length;
        truncated = Files.write(dir.resolve("truncated.warc"), concat(one, Arrays.copyOf(two, two.length / 2)));
        byte[] bad = seedRecord(seeds.get(3));
        bad[2] = 'X';   // "WARC/1.1" becomes "WAXC/1.1"
        corrupt = Files.write(dir.resolve("corrupt.warc"), concat(one, bad, three));
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(15).nextBytes(noise);
        Path binary = Files.write(dir.resolve("binary.html"), noise);
        Path bomb = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            out.write(gzip("{\"title\": \"x\", \"text\": \"".getBytes(StandardCharsets.US_ASCII)));
            byte[] member = gzip(new byte[16 << 20]);
            for (int i = 0; i < 64; i++) {
                out.write(member);
            }
        }
        Path lines = Files.writeString(dir.resolve("bad-line.jsonl"), "{\"title\": \"cut off\n");
        Path folder = Files.createDirectories(dir.resolve("x.html"));
        Path list = Files.writeString(dir.resolve("inputs.txt"), String.join("\n", truncated.toString(),
                corrupt.toString(), empty.toString(), binary.toString(), bomb.toString(), lines.toString(),
                folder.toString()) + "\n");
        Path out = dir.resolve("out");
        summary = DossierJob.run(spark, JobOptions.parse("--input", list.toString(), "--out", out.toString(),
                "--analysis", "no"), Composition.standard());
        articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
        refused = spark.read().parquet(out.resolve("refused").toString()).collectAsList();
    }


    private static byte[] seedRecord(Path seed) throws IOException {
        return WarcRecords.record("resource", TestInputs.SEED_URL + seed.getFileName(), "text/plain",
                Files.readAllBytes(seed));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static Set<String> sources(List<Row> rows) {
        return rows.stream().map(r -> (String) r.getAs("source")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyGoodRecordAroundTheBadOnesIsAnArticle() {
        Set<String> got = sources(articles);
        assertTrue(got.contains(truncated + "@0"), got.toString());
        assertTrue(got.contains(corrupt + "@0"), got.toString());
        assertEquals(3, got.size(), "the first record of each archive and the one after the corrupt record: " + got);
        assertEquals(2, got.stream().filter(s -> s.startsWith(corrupt + "@")).count(), got.toString());
    }

    @Test
    void eachBadInputRecordOrLineIsNamedOnceWithAOneLineReason() {
        Set<String> got = sources(refused);
        for (String expected : List.of(truncated + "@" + firstRecord, corrupt + "@" + firstRecord,
                dir.resolve("empty.html").toString(), dir.resolve("binary.html").toString(),
                dir.resolve("bomb.jsonl.gz").toString(), dir.resolve("bad-line.jsonl") + ":1",
                dir.resolve("x.html").toString())) {
            assertTrue(got.contains(expected), expected + " in " + got);
        }
        assertEquals(7, refused.size(), "one row each: " + refused);
        for (Row r : refused) {
            String reason = r.getAs("reason");
            assertFalse(reason == null || reason.isBlank() || reason.contains("\n") || reason.contains("\tat "),
                    r.getAs("source") + ": " + reason);
        }
        assertEquals(summary.refused() + summary.unreadable(), refused.size(), summary.line());
    }
}
