package org.dossier.server;

import java.util.List;

/**
 * The home page: one row per story (title linking to its page, the first and last publication date, article and
 * outlet counts, languages), a window of {@link Paging} at a time with links to the previous and next windows, and
 * the search box.
 */
final class StoryListPage {
    private StoryListPage() {}

    static String render(List<StorySummary> all, Paging paging) {
        List<StorySummary> shown = paging.of(all);
        StringBuilder b = new StringBuilder("<h1>Stories</h1>\n<p class=\"muted\">").append(all.size())
                .append(all.size() == 1 ? " story" : " stories");
        if (!shown.isEmpty()) {
            b.append(", ").append(paging.offset() + 1).append("–").append(paging.offset() + shown.size()).append(" shown");
        }
        b.append(" · <a href=\"/api/stories\">JSON</a></p>\n").append(SearchPage.form(null));
        if (all.isEmpty()) {
            return Html.page("Stories", "", b.append("<p>No stories yet: add pages with <code>dossier ingest PATH</code>.</p>\n").toString());
        }
        b.append("<table class=\"stories\"><tr><th>Story</th><th>Span</th><th>Articles</th><th>Outlets</th><th>Languages</th></tr>\n");
        for (StorySummary s : shown) {
            b.append("<tr><td><a href=\"/stories/").append(Html.esc(Html.seg(s.id()))).append("\">").append(Html.esc(s.title()))
                    .append("</a></td><td>").append(span(s)).append("</td><td>").append(s.articleCount())
                    .append("</td><td title=\"").append(Html.esc(String.join(", ", s.outlets()))).append("\">").append(s.outlets().size())
                    .append("</td><td>").append(Html.esc(String.join(", ", s.languages()))).append("</td></tr>\n");
        }
        b.append("</table>\n<p class=\"pager\">");
        if (paging.offset() > 0) {
            b.append("<a href=\"/?offset=").append(Math.max(0, paging.offset() - paging.limit())).append("&amp;limit=")
                    .append(paging.limit()).append("\">← previous</a> ");
        }
        if (paging.offset() + paging.limit() < all.size()) {
            b.append("<a href=\"/?offset=").append(paging.offset() + paging.limit()).append("&amp;limit=")
                    .append(paging.limit()).append("\">next →</a>");
        }
        return Html.page("Stories", "", b.append("</p>\n").toString());
    }

    private static String span(StorySummary s) {
        if (s.firstDate() == null) {
            return "<span class=\"muted\">undated</span>";
        }
        return s.firstDate().equals(s.lastDate()) ? s.firstDate().toString() : s.firstDate() + " – " + s.lastDate();
    }
}
