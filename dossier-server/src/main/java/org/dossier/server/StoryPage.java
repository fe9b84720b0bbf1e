package org.dossier.server;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.StoryDossier;
import org.dossier.render.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A story's page: the analyst's views ({@link StoryViews}: timeline chart, names grouped, quotes by speaker, numbers,
 * fact × outlet matrix), then the full dossier as {@link HtmlRenderer} writes it (its own escaping, its own style), inside the
 * server's frame, with every citation pointing at the cited span on the article's page
 * ({@code /articles/ID?start=S&end=E#span-S-E}, the first span when a citation has several) instead of the
 * article table, and each article's title in that table linking to its page. The renderer names a citation's
 * article in its {@code href} ({@code #STORY-ARTICLE}) and its spans in its {@code title} ({@code "ID chars S–E, …"});
 * this page reads those two.
 */
final class StoryPage {
    private static final Pattern FIRST_SPAN = Pattern.compile(" chars (\\d+)–(\\d+)");

    private StoryPage() {}

    static String render(StoryDossier d) {
        Document rendered = Jsoup.parse(new HtmlRenderer().render(List.of(d)));
        Element section = rendered.selectFirst("section");
        String prefix = "#" + d.id() + "-";
        for (Element cite : section.select("a.cite")) {
            String href = cite.attr("href");
            if (!href.startsWith(prefix)) {
                continue;
            }
            cite.attr("href", articleLink(href.substring(prefix.length()), cite.attr("title")));
        }
        for (StoryDossier.ArticleRef a : d.articles()) {
            Element row = section.getElementById(d.id() + "-" + a.id());
            Element titleCell = row == null ? null : row.child(1);
            if (titleCell != null) {
                String title = titleCell.text();
                titleCell.empty().appendElement("a").attr("href", "/articles/" + Html.seg(a.id())).text(title);
            }
        }
        Element style = rendered.selectFirst("head style");
        String head = style == null ? "" : style.outerHtml();
        rendered.outputSettings().prettyPrint(false);
        String api = "/api/stories/" + Html.esc(Html.seg(d.id()));
        String links = "<p class=\"muted\"><a href=\"/\">All stories</a> · <a href=\"" + api + "\">JSON</a> · CSV: <a href=\"" + api
                + "/articles.csv\">articles</a>, <a href=\"" + api + "/quotes.csv\">quotes</a>, <a href=\"" + api + "/claims.csv\">numbers</a>, "
                + "<a href=\"" + api + "/timeline.csv\">timeline</a>, <a href=\"" + api + "/entities.csv\">names</a>, <a href=\"" + api
                + "/coverage.csv\">coverage</a></p>\n";
        return Html.page(d.title() == null ? d.id() : d.title(), head, "<h1 class=\"story\">" + Html.esc(d.title() == null ? d.id() : d.title())
                + "</h1>\n" + links + StoryViews.render(d) + "<div id=\"v-dossier\" class=\"full-dossier\"><h2>Full dossier</h2>\n"
                + section.outerHtml() + "</div>\n");
    }

    /** The article page's address for a citation, at its first span when the renderer gave one. */
    static String articleLink(String articleId, String citationTitle) {
        String base = "/articles/" + Html.seg(articleId);
        Matcher m = FIRST_SPAN.matcher(citationTitle);
        if (!m.find()) {
            return base;
        }
        return base + "?start=" + m.group(1) + "&end=" + m.group(2) + "#span-" + m.group(1) + "-" + m.group(2);
    }
}
