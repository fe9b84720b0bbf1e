package org.dossier.spark.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the input of the Spark scale benchmark ({@code bench/run.sh spark}): N pages made from the pages of the
 * source folders ({@code .html}, {@code .html.gz} as HTTP responses, {@code .txt} as plain-text resource records),
 * spread over K WARC files, one gzip member per record (page {@code i} in file {@code i mod K}) so the job has K partitions to read,
 * and the input list naming them. Page {@code i} is source page {@code i mod size} with {@code <!-- copy i -->}
 * appended (new bytes, so a new page id; the same text, so most pages are copies for dedup, as
 * {@code dossier-bench}'s PageCopies makes them), under its own URL {@code https://copy-i.example/NAME}.
 * Usage: BenchWarcs OUT_DIR N K SRC_DIR...
 */
public final class BenchWarcs {
    private BenchWarcs() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: BenchWarcs OUT_DIR N K SRC_DIR...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        int k = Integer.parseInt(args[2]);
        List<Path> sources = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            try (Stream<Path> s = Files.list(Path.of(args[i]))) {
                s.filter(p -> name(p).endsWith(".html") || name(p).endsWith(".html.gz") || name(p).endsWith(".txt"))
                        .sorted().forEach(sources::add);
            }
        }
        if (sources.isEmpty()) {
            System.err.println("no .html, .html.gz or .txt pages in " + List.of(args).subList(3, args.length));
            System.exit(1);
        }
        byte[][] pages = new byte[sources.size()][];
        for (int i = 0; i < pages.length; i++) {
            try (InputStream in = name(sources.get(i)).endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(sources.get(i))) : Files.newInputStream(sources.get(i))) {
                pages[i] = in.readAllBytes();
            }
        }
        List<OutputStream> warcs = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (int f = 0; f < k; f++) {
            Path warc = out.resolve(String.format("pages-%03d.warc.gz", f));
            warcs.add(new java.io.BufferedOutputStream(Files.newOutputStream(warc)));
            list.append(warc.toAbsolutePath()).append('\n');
        }
        for (int i = 0; i < n; i++) {
            int s = i % pages.length;
            Path src = sources.get(s);
            boolean text = name(src).endsWith(".txt");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(pages[s]);
            body.writeBytes(("\n<!-- copy " + i + " -->\n").getBytes(StandardCharsets.US_ASCII));
            String uri = "https://copy-" + i + ".example/" + name(src).replace(".gz", "");
            byte[] record = text ? WarcRecords.record("resource", uri, "text/plain", body.toByteArray())
                    : WarcRecords.record("response", uri, "application/http;msgtype=response",
                            WarcRecords.http(body.toByteArray()));
            warcs.get(i % k).write(gzip(record)); // one gzip member per record, as crawlers write them
        }
        for (OutputStream o : warcs) {
            o.close();
        }
        Files.writeString(out.resolve("inputs.txt"), list);
        System.out.println(out.resolve("inputs.txt"));
    }

    private static byte[] gzip(byte[] record) throws IOException {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            gz.write(record);
        }
        return member.toByteArray();
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
