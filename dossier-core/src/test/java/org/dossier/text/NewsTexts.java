package org.dossier.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper shared by the text, dedup and clustering tests: the news texts of the ECB+ dev split (the
 * clustering benchmark's input, JSON lines {@code {id, title, text, date, lang}}), for checks over many real texts.
 */
public final class NewsTexts {
    public static final Path ECB_DEV = Path.of("../shared/bench/clustering/ecbplus_dev.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One text: title, text and language may be null. */
    public record NewsText(String id, String title, String text, String lang) {}

    private NewsTexts() {}

    public static List<NewsText> ecbPlusDev() {
        List<NewsText> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(ECB_DEV, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    out.add(new NewsText(field(n, "id"), field(n, "title"), field(n, "text"), field(n, "lang")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }
}
