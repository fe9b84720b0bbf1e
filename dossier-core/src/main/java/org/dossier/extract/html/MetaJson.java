package org.dossier.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.rules.RuleFiles;

/**
 * A page's description in a meta tag whose content is a JSON object (Parse.ly's {@code parsely-page}): its
 * publication date and authors, by the tags and fields of {@code date-meta.txt} ({@code json-meta*}). Used by
 * {@link HtmlMetadata} after its plain meta tags; a content that is no JSON object gives nothing.
 */
record MetaJson(String date, List<String> authors) {
    private static final Map<String, List<String>> RULES = RuleFiles.lists(MetaJson.class, "date-meta.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MetaJson NONE = new MetaJson(null, List.of());
    /** Longer contents are not read (a description, not a data dump). */
    private static final int MAX_CHARS = 20_000;

    static MetaJson read(PageIndex page) {
        for (String tag : RULES.getOrDefault("json-meta", List.of())) {
            String content = page.meta(tag);
            if (content == null || content.length() > MAX_CHARS || !content.strip().startsWith("{")) {
                continue;
            }
            try {
                JsonNode node = MAPPER.readTree(content);
                return new MetaJson(first(node, "json-meta-date"), authors(node));
            } catch (JsonProcessingException notJson) {
                // a tag whose content is not the JSON it should be: nothing from it
            }
        }
        return NONE;
    }

    private static String first(JsonNode node, String kind) {
        for (String field : RULES.getOrDefault(kind, List.of())) {
            JsonNode v = node.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        for (String field : RULES.getOrDefault("json-meta-author", List.of())) {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText());
            } else if (v != null && v.isArray()) {
                v.forEach(x -> {
                    if (x.isTextual() && !x.asText().isBlank()) {
                        out.add(x.asText());
                    }
                });
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }
}
