package org.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.cluster.StoryClusterer;
import org.dossier.model.InputFailure;

/**
 * Reads pre-extracted documents as JSON lines {@code {id, title, text, date, lang}} (the clustering benchmark's
 * format) into what clustering reads. A line that is not such a record is reported by its number and skipped.
 */
public final class JsonLinesDocs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesDocs() {}

    /** The documents of every non-blank line; {@code source} names the input in failures. */
    public static List<StoryClusterer.Doc> read(Reader in, String source, Consumer<InputFailure> failures) throws IOException {
        List<StoryClusterer.Doc> docs = new java.util.ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String id = text(node, "id");
                if (id == null) {
                    failures.accept(new InputFailure(source + ":" + n, "no \"id\" field"));
                    continue;
                }
                String date = text(node, "date");
                docs.add(StoryClusterer.Doc.of(id, text(node, "title"), text(node, "text"),
                        date == null || date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10)), text(node, "lang")));
            } catch (JsonProcessingException e) {
                failures.accept(new InputFailure(source + ":" + n, "not a JSON object: " + e.getOriginalMessage()));
            } catch (DateTimeParseException e) {
                failures.accept(new InputFailure(source + ":" + n, "bad \"date\": " + e.getParsedString()));
            }
        }
        return docs;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
