package org.dossier.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.port.StoryList;
import org.dossier.render.JsonRenderer;

/**
 * The HTTP API, JSON through the model's one mapping ({@link Json}: snake_case, ISO dates):
 * <ul>
 *   <li>{@code GET /api/stories?from=&to=&outlet=&language=&entity=&sort=&offset=&limit=} ({@link StoryFilter}):
 *       {@code {total, offset, limit, stories: [StorySummary]}};</li>
 *   <li>{@code GET /api/stories/{id}}: the story's dossier, as {@code dossier show --format json} writes it
 *       (docs/dossier-schema.md: {@code {"stories": [STORY]}});</li>
 *   <li>{@code GET /api/stories.csv} (the same filters; up to {@value #CSV_MAX} rows): the list as CSV;</li>
 *   <li>{@code GET /api/stories/{id}.csv} or {@code /articles.csv}: the story's article list as CSV ({@link ArticleCsv});
 *       {@code /quotes.csv}, {@code /claims.csv}, {@code /timeline.csv}, {@code /entities.csv}, {@code /coverage.csv}:
 *       the dossier's tables ({@link DossierCsv});</li>
 *   <li>{@code GET /api/openapi.json}: this API described in OpenAPI 3;</li>
 *   <li>{@code GET /api/articles/{id}}: {@code {story, article}}, the clean article with its metadata and
 *       provenance (source, URL, page dates, credits, copy relations).</li>
 * </ul>
 */
final class ApiRoutes {
    static final String JSON = "application/json; charset=utf-8";
    /** The OpenAPI 3 description of this API, from the jar. */
    static final String OPENAPI = resource("openapi.json");

    private final Catalogue catalogue;

    ApiRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The most rows {@code /api/stories.csv} gives at once (and its default). */
    static final int CSV_MAX = 100_000;

    void addTo(RoutesConfig routes) {
        routes.get("/api/openapi.json", ctx -> json(ctx, OPENAPI));
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories.csv", this::storiesCsv);
        routes.get("/api/stories/{id}.csv", this::storyCsv);
        routes.get("/api/stories/{id}/articles.csv", this::storyCsv);
        routes.get("/api/stories/{id}/quotes.csv", ctx -> dossierCsv(ctx, "quotes", DossierCsv::quotes));
        routes.get("/api/stories/{id}/claims.csv", ctx -> dossierCsv(ctx, "claims", DossierCsv::claims));
        routes.get("/api/stories/{id}/timeline.csv", ctx -> dossierCsv(ctx, "timeline", DossierCsv::timeline));
        routes.get("/api/stories/{id}/entities.csv", ctx -> dossierCsv(ctx, "entities", DossierCsv::entities));
        routes.get("/api/stories/{id}/coverage.csv", ctx -> dossierCsv(ctx, "coverage", DossierCsv::coverage));
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

    private void storiesCsv(Context ctx) throws Exception {
        StoryFilter filter = StoryFilter.of(ctx, Paging.of(ctx.queryParam("offset"), ctx.queryParam("limit"), CSV_MAX, CSV_MAX));
        csv(ctx, "stories", DossierCsv.stories(catalogue.stories(filter).stories()));
    }

    private void dossierCsv(Context ctx, String what, java.util.function.Function<StoryDossier, String> table) throws Exception {
        Story story = catalogue.story(ctx.pathParam("id"));
        csv(ctx, story.id() + "-" + what, table.apply(catalogue.dossier(story)));
    }

    /** A CSV download named {@code name}.csv (the name reduced to safe characters). */
    static void csv(Context ctx, String name, String body) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"")
                .result(body);
    }

    private void dossier(Context ctx) throws Exception {
        Story story = catalogue.story(ctx.pathParam("id"));
        json(ctx, new JsonRenderer().render(List.of(catalogue.dossier(story))));
    }

    private void storyCsv(Context ctx) throws Exception {
        Story story = catalogue.story(ctx.pathParam("id"));
        csv(ctx, story.id() + "-articles", ArticleCsv.of(catalogue.articles(story)));
    }

    private void article(Context ctx) throws Exception {
        Article a = catalogue.article(ctx.pathParam("id"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("story", catalogue.storyOf(a.id()));
        doc.put("article", a);
        json(ctx, Json.write(doc));
    }

    private static String resource(String name) {
        try (var in = ApiRoutes.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the jar lacks " + name, e);
        }
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
