package org.dossier.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.Story;
import org.dossier.port.StoryList;
import org.dossier.render.JsonRenderer;

/**
 * The HTTP API, JSON through the model's one mapping ({@link Json}: snake_case, ISO dates):
 * <ul>
 *   <li>{@code GET /api/stories?from=&to=&outlet=&language=&entity=&sort=&offset=&limit=} ({@link StoryFilter}):
 *       {@code {total, offset, limit, stories: [StorySummary]}};</li>
 *   <li>{@code GET /api/stories/{id}}: the story's dossier, as {@code dossier show --format json} writes it
 *       (docs/dossier-schema.md: {@code {"stories": [STORY]}});</li>
 *   <li>{@code GET /api/stories/{id}.csv}: the story's article list as CSV ({@link ArticleCsv});</li>
 *   <li>{@code GET /api/articles/{id}}: {@code {story, article}}, the clean article with its metadata and
 *       provenance (source, URL, page dates, credits, copy relations).</li>
 * </ul>
 */
final class ApiRoutes {
    static final String JSON = "application/json; charset=utf-8";

    private final Catalogue catalogue;

    ApiRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}.csv", this::storyCsv);
        routes.get("/api/stories/{id}", this::dossier);
        routes.get("/api/articles/{id}", this::article);
    }

    private void stories(Context ctx) throws Exception {
        StoryFilter filter = StoryFilter.of(ctx);
        StoryList list = catalogue.stories(filter);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("total", list.total());
        doc.put("offset", filter.paging().offset());
        doc.put("limit", filter.paging().limit());
        doc.put("stories", list.stories());
        json(ctx, Json.write(doc));
    }

    private void dossier(Context ctx) throws Exception {
        Story story = catalogue.story(ctx.pathParam("id"));
        json(ctx, new JsonRenderer().render(List.of(catalogue.dossier(story))));
    }

    private void storyCsv(Context ctx) throws Exception {
        Story story = catalogue.story(ctx.pathParam("id"));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + story.id().replaceAll("[^A-Za-z0-9._-]", "_") + "-articles.csv\"")
                .result(ArticleCsv.of(catalogue.articles(story)));
    }

    private void article(Context ctx) throws Exception {
        Article a = catalogue.article(ctx.pathParam("id"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("story", catalogue.storyOf(a.id()));
        doc.put("article", a);
        json(ctx, Json.write(doc));
    }

    static void json(Context ctx, String body) {
        ctx.contentType(JSON).result(body);
    }

    /** The body of an error answer: {@code {"error": {"status": N, "message": "..."}}}. */
    static String error(int status, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("message", message);
        return Json.write(Map.of("error", e));
    }
}
