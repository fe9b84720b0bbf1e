package org.dossier.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dossier.model.Article;

/**
 * The server-rendered pages: {@code /} (the stories, filtered, sorted and paged as the API, {@link StoryFilter}), {@code /stories/{id}}
 * (the dossier, {@link StoryPage}; a page rendered once is kept while the catalogue keeps its dossier) and {@code /articles/{id}?start=&end=} (the clean text with the cited span
 * marked, {@link ArticlePage}).
 */
final class PageRoutes {
    private final Catalogue catalogue;
    /** Story pages as rendered, by story id, each with the dossier it was rendered from (kept while it is the same). */
    private final java.util.Map<String, Rendered> rendered = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Rendered> eldest) {
                    return size() > Catalogue.DOSSIERS_KEPT;
                }
            });

    private record Rendered(org.dossier.model.StoryDossier dossier, String html) {}

    PageRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/", this::stories);
        routes.get("/stories/{id}", this::story);
        routes.get("/articles/{id}", this::article);
    }

    private void stories(Context ctx) throws Exception {
        StoryFilter filter = StoryFilter.of(ctx);
        ctx.html(StoryListPage.render(catalogue.stories(filter), filter, catalogue.facets()));
    }

    private void story(Context ctx) throws Exception {
        var dossier = catalogue.dossier(catalogue.story(ctx.pathParam("id")));
        Rendered r = rendered.get(dossier.id());
        if (r == null || r.dossier() != dossier) { // the same dossier object: the page is a pure function of it
            r = new Rendered(dossier, StoryPage.render(dossier));
            rendered.put(dossier.id(), r);
        }
        ctx.html(r.html());
    }

    private void article(Context ctx) throws Exception {
        Article a = catalogue.article(ctx.pathParam("id"));
        ArticlePage.Cited cited = ArticlePage.Cited.of(ctx.queryParam("start"), ctx.queryParam("end"), a.text());
        ctx.html(ArticlePage.render(a, catalogue.storyOf(a.id()), cited));
    }
}
