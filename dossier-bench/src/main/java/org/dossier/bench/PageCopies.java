package org.dossier.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Makes N new pages from a folder of {@code .html.gz} pages for the ingest part of the whole-command benchmark:
 * copy {@code i} is source page {@code i mod size}, gunzipped, with {@code <!-- copy i -->} appended (so its
 * bytes, and so its page id, are new; its text is the source's, so most are copies to dedup), gzipped again as
 * {@code OUT/NNNNN-<name>}.
 * Usage: PageCopies SRC_DIR OUT_DIR N
 */
public final class PageCopies {
    private PageCopies() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PageCopies SRC_DIR OUT_DIR N");
            System.exit(2);
        }
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        byte[][] html = new byte[sources.size()][];
        for (int i = 0; i < html.length; i++) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(sources.get(i)))) {
                html[i] = in.readAllBytes();
            }
        }
        for (int i = 0; i < n; i++) {
            int k = i % html.length;
            Path target = out.resolve(String.format("%05d-%s", i, sources.get(k).getFileName()));
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(target))) {
                o.write(html[k]);
                o.write(("\n<!-- copy " + i + " -->\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
