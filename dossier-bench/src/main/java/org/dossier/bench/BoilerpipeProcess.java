package org.dossier.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dossier.model.Json;

/**
 * Boilerpipe as a whole process, the baseline of the whole-command benchmark ({@code bench/run.sh commands}):
 * for each file named, reads it, gunzips it when it ends in {@code .gz}, decodes it as UTF-8, runs
 * {@code ArticleExtractor.INSTANCE.getText} and prints one JSON line ({@code source}, {@code text}), on one
 * thread, as a user's script around boilerpipe would.
 * Usage: BoilerpipeProcess FILE...
 */
public final class BoilerpipeProcess {
    private BoilerpipeProcess() {
    }

    public static void main(String[] args) throws Exception {
        int failed = 0;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (String name : args) {
                try {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("source", name);
                    o.put("text", ArticleExtractor.INSTANCE.getText(read(Path.of(name))));
                    out.write(Json.write(o));
                    out.newLine();
                } catch (Exception e) {
                    System.err.println(name + ": " + e);
                    failed++;
                }
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
