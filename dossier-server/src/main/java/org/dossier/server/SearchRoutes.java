package org.dossier.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.model.Json;
import org.dossier.server.search.BadQueryException;
import org.dossier.server.search.SearchResult;

/**
 * Full-text search over the articles ({@link Catalogue#search}): {@code GET /api/search?q=&limit=} gives
 * {@code {query, total, stories: [ID], hits: [{article, story, title, outlet, snippet, score}]}} (limit 1–100,
 * default 20; {@code snippet} is HTML with the matched words in {@code <mark>}); {@code GET /search?q=} is the page.
 * An empty or unreadable query is a 400, as JSON under {@code /api}.
 */
final class SearchRoutes {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Catalogue catalogue;

    SearchRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/search", this::api);
        routes.get("/search", this::page);
    }

    private void api(Context ctx) throws Exception {
        SearchResult r = search(ctx.queryParam("q"), limit(ctx.queryParam("limit")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("query", r.query());
        doc.put("total", r.total());
        doc.put("stories", r.stories());
        doc.put("hits", r.hits());
        ApiRoutes.json(ctx, Json.write(doc));
    }

    private void page(Context ctx) throws Exception {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            ctx.html(SearchPage.render(null));
            return;
        }
        ctx.html(SearchPage.render(search(q, limit(ctx.queryParam("limit")))));
    }

    private SearchResult search(String q, int limit) throws Exception {
        try {
            return catalogue.search(q, limit);
        } catch (BadQueryException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw Problem.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
