package org.dossier.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.cluster.StoryClusterer;

/** Reads the shared clustering benchmark's JSON lines ({@code {id, title, text, date, lang}}) for tests. */
public final class EcbDocs {
    /** The ECB+ dev split in ../shared. */
    public static final Path DEV = Path.of("../shared/bench/clustering/ecbplus_dev.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EcbDocs() {}

    public static List<StoryClusterer.Doc> read(Path file) {
        List<StoryClusterer.Doc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    String date = text(n, "date");
                    docs.add(new StoryClusterer.Doc(text(n, "id"), text(n, "title"), text(n, "text"),
                            date == null || date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10)), text(n, "lang")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
