package org.dossier.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Nuxt 3's page data ({@code <script id="__NUXT_DATA__">}), serialised as one flat array in which every object
 * field and list item is the index of its value ({@code [{"story":1},{"title":2},"Headline"]}), and dates, refs and
 * reactive wrappers are tagged lists ({@code ["Date","2024-03-14T07:30:00Z"]}, {@code ["ShallowReactive",3]}).
 * {@link #hydrate} turns it into the plain nested JSON the other frameworks embed, so that {@link AppData} reads its
 * keys the same way. Use it only on that script's text; the walk is bounded in depth and in nodes.
 */
final class NuxtPayload {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_DEPTH = 24;
    private static final int MAX_NODES = 20_000;

    private final ArrayNode flat;
    private int nodes;

    private NuxtPayload(ArrayNode flat) {
        this.flat = flat;
    }

    /** The plain JSON text of a serialised payload (the script's text from its opening tag), or null. */
    static String hydrate(String script) {
        int open = script.indexOf('[');
        int end = script.lastIndexOf(']');
        if (open < 0 || end <= open) {
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(script.substring(open, end + 1));
            if (!root.isArray() || root.isEmpty()) {
                return null;
            }
            return new NuxtPayload((ArrayNode) root).at(0, 0).toString();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** The value stored at an index, its references followed. */
    private JsonNode at(int index, int depth) {
        if (index < 0 || index >= flat.size() || depth > MAX_DEPTH || ++nodes > MAX_NODES) {
            return JsonNodeFactory.instance.nullNode(); // negative indexes: undefined, holes, NaN, infinities
        }
        return value(flat.get(index), depth);
    }

    private JsonNode value(JsonNode v, int depth) {
        if (v.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                out.set(f.getKey(), f.getValue().isInt() ? at(f.getValue().asInt(), depth + 1) : f.getValue());
            }
            return out;
        }
        if (!v.isArray()) {
            return v;
        }
        if (!v.isEmpty() && v.get(0).isTextual()) {
            String tag = v.get(0).asText();
            // ["Date", iso] and the like keep their text; wrappers (Reactive, Ref, …) stand for the value they hold
            if (v.size() == 2 && v.get(1).isTextual()) {
                return v.get(1);
            }
            if (v.size() == 2 && v.get(1).isInt() && !tag.isEmpty()) {
                return at(v.get(1).asInt(), depth + 1);
            }
            return JsonNodeFactory.instance.nullNode();
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : v) {
            out.add(item.isInt() ? at(item.asInt(), depth + 1) : item);
        }
        return out;
    }
}
