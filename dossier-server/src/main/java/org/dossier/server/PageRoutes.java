package org.dossier.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dossier.model.Article;

/**
 * The server-rendered pages: {@code /} (the stories, filtered, sorted and paged as the API, {@link StoryFilter}), {@code /stories/{id}}
 * (the dossier, {@link StoryPage}) and {@code /articles/{id}?start=&end=} (the clean text with the cited span
 * marked, {@link ArticlePage}).
 */
final class PageRoutes {
    private final Catalogue catalogue;

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
        ctx.html(StoryPage.render(catalogue.dossier(catalogue.story(ctx.pathParam("id")))));
    }

    private void article(Context ctx) throws Exception {
        Article a = catalogue.article(ctx.pathParam("id"));
        ArticlePage.Cited cited = ArticlePage.Cited.of(ctx.queryParam("start"), ctx.queryParam("end"), a.text());
        ctx.html(ArticlePage.render(a, catalogue.storyOf(a.id()), cited));
    }
}
