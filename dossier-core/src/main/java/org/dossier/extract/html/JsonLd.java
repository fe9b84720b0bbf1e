package org.dossier.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The article facts a page states in JSON-LD (schema.org Article and its subtypes), parsed with Jackson;
 * {@code sections} are the article's {@code articleSection} and the last item of a BreadcrumbList, which name
 * the page's section (a title's kicker they name is no part of it). With no article object, a web page object's
 * dates and authors are read; an object naming no author names its creators.
 */
record JsonLd(String headline, String datePublished, String dateModified, List<String> authors, String publisher,
              String articleBody, String url, List<String> sections) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final int MAX_NODES = 5000;
    private static final Map<String, List<String>> TYPES = RuleFiles.lists(JsonLd.class, "jsonld-types.txt");
    /** An object whose type ends in one of these is an article ({@code jsonld-types.txt}) ... */
    private static final List<String> ARTICLE_SUFFIXES = TYPES.get("suffix");
    /** ... as is one of these types. */
    private static final Set<String> ARTICLE_TYPES = Set.copyOf(TYPES.get("type"));
    /** An author whose type ends in one of these is an organisation (often the outlet), not a person. */
    private static final List<String> ORGANIZATION_SUFFIXES = TYPES.get("organization-suffix");
    /** The types of a live page, dated by its own start or its earliest update, never by a later update. */
    private static final Set<String> LIVE_TYPES = Set.copyOf(TYPES.get("live-type"));
    /** The types of a web page, whose dates and authors count where the page declares no article. */
    private static final Set<String> PAGE_TYPES = Set.copyOf(TYPES.get("page-type"));

    static JsonLd read(List<String> scripts) {
        List<JsonNode> articles = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        List<String> sections = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        for (String s : scripts) {
            try {
                collect(MAPPER.readTree(s), articles, byId, sections, pages);
            } catch (Exception e) {
                // malformed JSON-LD is common; the page's other metadata still counts
            }
        }
        if (articles.isEmpty()) {
            // no article object: a page object's dates and authors (Yoast's WebPage where no Article is declared)
            JsonNode p = page(pages);
            return p == null ? new JsonLd(null, null, null, List.of(), null, null, null, List.copyOf(sections))
                    : new JsonLd(null, firstText(p.get("datePublished"), p.get("dateCreated")),
                            text(p.get("dateModified")), authors(p, byId), null, null, text(p.get("url")),
                            List.copyOf(sections));
        }
        JsonNode a = articles.get(0);
        for (JsonNode n : articles) {
            if (live(n)) {
                a = n; // a live page's own object, not the updates it lists (which may stand first, newest first)
                break;
            }
        }
        String published = firstText(a.get("datePublished"), a.get("dateCreated"), a.get("coverageStartTime"));
        return new JsonLd(text(a.get("headline")), published != null ? published : earliestUpdate(a),
                text(a.get("dateModified")),
                authors(a, byId), name(resolved(a.get("publisher"), byId)),
                text(a.get("articleBody")), text(a.get("url")), withSection(sections, text(a.get("articleSection"))));
    }

    /** An object's authors, else its creators (schema.org's {@code creator}, which some sites state alone). */
    private static List<String> authors(JsonNode a, Map<String, JsonNode> byId) {
        List<String> out = names(resolved(a.get("author"), byId));
        return out.isEmpty() ? names(resolved(a.get("creator"), byId)) : out;
    }

    /** The first object typed as a web page ({@code page-type}) that states a publication date, or null. */
    private static JsonNode page(List<JsonNode> pages) {
        for (JsonNode n : pages) {
            if (n.hasNonNull("datePublished") || n.hasNonNull("dateCreated")) {
                return n;
            }
        }
        return null;
    }

    /**
     * A node with what an {@code {"@id": …}} reference in it stands for (Yoast's @graph names its authors so): each
     * reference without a name replaced by the object of the page's JSON-LD with that @id, when there is one.
     */
    private static JsonNode resolved(JsonNode n, Map<String, JsonNode> byId) {
        if (n == null || byId.isEmpty()) {
            return n;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = MAPPER.createArrayNode();
            n.forEach(x -> out.add(resolved(x, byId)));
            return out;
        }
        if (n.isObject() && !n.has("name") && n.hasNonNull("@id")) {
            JsonNode target = byId.get(n.get("@id").asText());
            return target == null ? n : target;
        }
        return n;
    }

    /** Breadth-first search for objects typed as an article, bounded in size; named objects kept by their @id. */
    private static void collect(JsonNode root, List<JsonNode> out, Map<String, JsonNode> byId,
                                List<String> sections, List<JsonNode> pages) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = queue.poll();
            if (n.isObject() && isArticle(n.get("@type"))) {
                out.add(n);
            } else if (n.isObject() && typed(n.get("@type"), PAGE_TYPES)) {
                pages.add(n);
            }
            if (n.isObject() && n.has("itemListElement") && "BreadcrumbList".equals(text(n.get("@type")))) {
                String last = lastItemName(n.get("itemListElement"));
                if (last != null) {
                    sections.add(last);
                }
            }
            if (n.isObject() && n.hasNonNull("@id") && n.has("name")) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
            if (n.isContainerNode()) {
                n.forEach(queue::add);
            }
        }
    }

    /** The name of a breadcrumb's last item ({@code name}, or the name of its {@code item}), or null. */
    private static String lastItemName(JsonNode items) {
        if (items == null || !items.isArray() || items.isEmpty()) {
            return null;
        }
        JsonNode last = items.get(items.size() - 1);
        String name = text(last.get("name"));
        return name != null ? name : last.get("item") == null ? null : text(last.get("item").get("name"));
    }

    private static List<String> withSection(List<String> sections, String articleSection) {
        List<String> out = new ArrayList<>(sections);
        if (articleSection != null && !articleSection.isBlank()) {
            out.add(articleSection);
        }
        return List.copyOf(out);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        for (String suffix : ARTICLE_SUFFIXES) {
            if (t.endsWith(suffix)) {
                return true;
            }
        }
        return ARTICLE_TYPES.contains(t);
    }

    /** Whether an object is a live page ({@code LiveBlogPosting}, {@code live-type} in {@code jsonld-types.txt}). */
    private static boolean live(JsonNode n) {
        return typed(n.get("@type"), LIVE_TYPES);
    }

    /** Whether a type (or one of a list of types) is one of {@code types}. */
    private static boolean typed(JsonNode type, Set<String> types) {
        for (JsonNode t : type == null ? List.<JsonNode>of() : type.isArray() ? type : List.of(type)) {
            if (types.contains(t.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The publication date of a live page's earliest update ({@code liveBlogUpdate}), or null. */
    private static String earliestUpdate(JsonNode a) {
        JsonNode updates = a.get("liveBlogUpdate");
        if (updates == null || !live(a)) {
            return null;
        }
        String out = null;
        java.time.LocalDate earliest = null;
        for (JsonNode u : updates.isArray() ? updates : List.of(updates)) {
            String t = text(u.get("datePublished"));
            java.time.LocalDate d = org.dossier.extract.dates.DateParsing.first(t);
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
                out = t;
            }
        }
        return out;
    }

    private static boolean organization(JsonNode type) {
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            for (String suffix : ORGANIZATION_SUFFIXES) {
                if (t.asText().endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first of the values that has text (a published date, else the date the item was created, else the start
     * of a live page's coverage).
     */
    private static String firstText(JsonNode... values) {
        for (JsonNode v : values) {
            String t = text(v);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        return n.isValueNode() ? n.asText() : null;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.addAll(names(x)));
        } else if (!organization(n.get("@type"))) {
            String s = name(n);
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }
}
