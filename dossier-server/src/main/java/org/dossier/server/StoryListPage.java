package org.dossier.server;

import java.util.Locale;
import java.util.Map;
import org.dossier.port.StoryList;
import org.dossier.port.StoryQuery;
import org.dossier.port.StorySummary;

/**
 * The home page: the filter form ({@link StoryFilter}: dates, outlet and language chosen among the stored ones,
 * a name, the order), one row per story (title linking to its page, the first and last publication date, article
 * and outlet counts, languages), a window of {@link Paging} at a time with links to the previous and next windows
 * that keep the filters, the search box, and the list as JSON and CSV.
 */
final class StoryListPage {
    private StoryListPage() {}

    static String render(StoryList list, StoryFilter filter, Catalogue.Facets facets) {
        Paging paging = filter.paging();
        StringBuilder b = new StringBuilder("<h1>Stories</h1>\n").append(SearchPage.form(null)).append(form(filter, facets));
        b.append("<p class=\"muted\">").append(list.total()).append(list.total() == 1 ? " story" : " stories")
                .append(filter.filtered() ? " match" + (list.total() == 1 ? "es" : "") : "");
        if (!list.stories().isEmpty()) {
            b.append(", ").append(paging.offset() + 1).append("–").append(paging.offset() + list.stories().size()).append(" shown");
        }
        String qs = filter.queryString(paging.offset());
        String suffix = qs.isEmpty() ? "" : "?" + qs;
        b.append(" · <a href=\"/api/stories").append(Html.esc(suffix)).append("\">JSON</a> · <a href=\"/api/stories.csv")
                .append(Html.esc(suffix)).append("\">CSV</a> · <a href=\"/upload\">add pages</a></p>\n");
        if (list.total() == 0) {
            String hint = filter.filtered() ? "No story matches these filters." : "No stories yet: add pages with "
                    + "<code>dossier ingest PATH</code> or <a href=\"/upload\">upload them</a>.";
            return Html.page("Stories", "", b.append("<p>").append(hint).append("</p>\n").toString());
        }
        b.append("<table class=\"stories\"><tr><th>Story</th><th>Span</th><th>Articles</th><th>Outlets</th><th>Languages</th></tr>\n");
        for (StorySummary s : list.stories()) {
            b.append("<tr><td><a href=\"/stories/").append(Html.esc(Html.seg(s.id()))).append("\">").append(Html.esc(s.title()))
                    .append("</a></td><td>").append(span(s)).append("</td><td>").append(s.articleCount())
                    .append("</td><td title=\"").append(Html.esc(String.join(", ", s.outlets()))).append("\">").append(s.outlets().size())
                    .append("</td><td>").append(Html.esc(String.join(", ", s.languages()))).append("</td></tr>\n");
        }
        b.append("</table>\n<p class=\"pager\">");
        if (paging.offset() > 0) {
            b.append("<a href=\"/?").append(Html.esc(filter.queryString(Math.max(0, paging.offset() - paging.limit()))))
                    .append("\">← previous</a> ");
        }
        if (paging.offset() + paging.limit() < list.total()) {
            b.append("<a href=\"/?").append(Html.esc(filter.queryString(paging.offset() + paging.limit()))).append("\">next →</a>");
        }
        return Html.page("Stories", "", b.append("</p>\n").toString());
    }

    private static String form(StoryFilter f, Catalogue.Facets facets) {
        StringBuilder b = new StringBuilder("<form class=\"filters\" action=\"/\" method=\"get\">");
        b.append("<label>From <input type=\"date\" name=\"from\" value=\"").append(f.from() == null ? "" : f.from()).append("\"></label> ");
        b.append("<label>to <input type=\"date\" name=\"to\" value=\"").append(f.to() == null ? "" : f.to()).append("\"></label> ");
        b.append(select("outlet", "Outlet", facets.outlets(), f.outlet())).append(' ');
        b.append(select("language", "Language", facets.languages(), f.language())).append(' ');
        b.append("<label>Name <input type=\"text\" name=\"entity\" placeholder=\"a person, a place…\" value=\"")
                .append(f.entity() == null ? "" : Html.esc(f.entity())).append("\"></label> ");
        b.append("<label>Order <select name=\"sort\">");
        for (StoryQuery.Sort s : StoryQuery.Sort.values()) {
            String v = s.name().toLowerCase(Locale.ROOT);
            b.append("<option value=\"").append(v).append('"').append(s == f.sort() ? " selected" : "").append('>')
                    .append(label(s)).append("</option>");
        }
        b.append("</select></label> <button type=\"submit\">Show</button>");
        if (f.filtered()) {
            b.append(" <a href=\"/\">clear</a>");
        }
        return b.append("</form>\n").toString();
    }

    private static String select(String name, String label, Map<String, Integer> counts, String chosen) {
        StringBuilder b = new StringBuilder("<label>").append(label).append(" <select name=\"").append(name)
                .append("\"><option value=\"\">any</option>");
        boolean known = chosen == null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean on = e.getKey().equals(chosen);
            known |= on;
            b.append("<option value=\"").append(Html.esc(e.getKey())).append('"').append(on ? " selected" : "").append('>')
                    .append(Html.esc(e.getKey())).append(" (").append(e.getValue()).append(")</option>");
        }
        if (!known) {
            b.append("<option value=\"").append(Html.esc(chosen)).append("\" selected>").append(Html.esc(chosen)).append("</option>");
        }
        return b.append("</select></label>").toString();
    }

    private static String label(StoryQuery.Sort s) {
        return switch (s) {
            case ARTICLES -> "most articles";
            case OUTLETS -> "most outlets";
            case NEWEST -> "newest";
            case OLDEST -> "oldest";
            case TITLE -> "title";
        };
    }

    private static String span(StorySummary s) {
        if (s.firstDate() == null) {
            return "<span class=\"muted\">undated</span>";
        }
        return s.firstDate().equals(s.lastDate()) ? s.firstDate().toString() : s.firstDate() + " – " + s.lastDate();
    }
}
