package org.dossier.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters JSON Lines documents {@code {id, title, text, date, lang}} into stories and prints
 * {@code id<TAB>story} in input order. Documents are fed in date order (undated ones keep input order, last).
 */
public final class JsonlClustering {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlClustering() {}

    public static void run(Reader in, PrintWriter out) {
        List<StoryClusterer.Doc> docs = read(in);
        List<StoryClusterer.Doc> order = new ArrayList<>(docs);
        order.sort(Comparator.comparing(StoryClusterer.Doc::date, Comparator.nullsLast(Comparator.naturalOrder())));
        IncrementalClusterer clusterer = new IncrementalClusterer();
        order.forEach(clusterer::prime);
        Map<String, String> story = new HashMap<>();
        for (StoryClusterer.Doc d : order) {
            story.put(d.id(), clusterer.assign(d));
        }
        story.replaceAll((id, s) -> clusterer.resolve(s));
        SecondPass.run(clusterer, order, story);
        for (StoryClusterer.Doc d : docs) {
            out.println(d.id() + "\t" + story.get(d.id()));
        }
        out.flush();
    }

    /** Reads one document per non-blank line. */
    public static List<StoryClusterer.Doc> read(Reader in) {
        List<StoryClusterer.Doc> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    docs.add(doc(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static StoryClusterer.Doc doc(JsonNode n) {
        String date = text(n, "date");
        return StoryClusterer.Doc.of(text(n, "id"), text(n, "title"), text(n, "text"),
                date == null || date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10)), text(n, "lang"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
