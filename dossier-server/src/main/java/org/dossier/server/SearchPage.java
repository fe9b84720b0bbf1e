package org.dossier.server;

import org.dossier.server.search.SearchHit;
import org.dossier.server.search.SearchResult;

/**
 * The search page: the search box ({@link #form}, also on the stories page) and, for a query, the matching
 * articles best first, each with its title linking to its page, its outlet, its story and the passages that match,
 * the matched words marked. Snippets come escaped from the index; everything else is escaped here.
 */
final class SearchPage {
    private SearchPage() {}

    /** The search box, holding {@code query} (null: empty). */
    static String form(String query) {
        return "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" id=\"q\" aria-label=\"Search the articles\" placeholder=\"Search the articles\""
                + (query == null ? "" : " value=\"" + Html.esc(query) + "\"") + "> <button type=\"submit\">Search</button></form>\n";
    }

    static String render(SearchResult r) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n").append(form(r == null ? null : r.query()));
        if (r == null) {
            b.append("<p class=\"muted\">Words are found in titles, texts and outlets; \"a phrase\" in quotes, "
                    + "<code>title:word</code>, <code>-word</code> to leave out.</p>\n");
            return Html.page("Search", "", b.toString());
        }
        b.append("<p class=\"muted\" id=\"found\">").append(r.total()).append(r.total() == 1 ? " article" : " articles")
                .append(" in ").append(r.stories().size()).append(r.stories().size() == 1 ? " story" : " stories")
                .append(r.total() > r.hits().size() ? ", the best " + r.hits().size() + " shown" : "")
                .append(" · <a href=\"/api/search?q=").append(Html.esc(Html.seg(r.query()))).append("\">JSON</a></p>\n");
        b.append("<ol class=\"hits\">\n");
        for (SearchHit h : r.hits()) {
            b.append("<li><a class=\"hit\" href=\"/articles/").append(Html.esc(Html.seg(h.article()))).append("\">")
                    .append(Html.esc(h.title() == null || h.title().isBlank() ? h.article() : h.title())).append("</a> <span class=\"muted\">")
                    .append(Html.esc(h.outlet()));
            if (h.story() != null) {
                b.append(" · <a href=\"/stories/").append(Html.esc(Html.seg(h.story()))).append("\">the story</a>");
            }
            b.append("</span><p class=\"snippet\">").append(h.snippet()).append("</p></li>\n");
        }
        b.append("</ol>\n");
        return Html.page("Search: " + r.query(), "", b.toString());
    }
}
