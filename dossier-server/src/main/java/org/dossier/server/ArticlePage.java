package org.dossier.server;

import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.PageDate;

/**
 * An article's page: its title, metadata and provenance (outlet, date, byline, language, source, URL, credits,
 * page dates, copy relations, story), then the clean text, paragraphs as blank lines, with the cited span
 * {@code [start, end)} in {@code <mark id="span-START-END">} when one is asked for; {@code dossier.js} scrolls it
 * into view. Offsets count UTF-16 units of the clean text, as every span in Dossier does.
 */
final class ArticlePage {
    private ArticlePage() {}

    /** A cited character range of an article's text. */
    record Cited(int start, int end) {
        /** The range from the two query parameters, null when neither is given; a 400 problem when it does not fit {@code text}. */
        static Cited of(String start, String end, String text) {
            if (start == null && end == null) {
                return null;
            }
            if (start == null || end == null) {
                throw Problem.badRequest("start and end go together");
            }
            int s;
            int e;
            try {
                s = Integer.parseInt(start);
                e = Integer.parseInt(end);
            } catch (NumberFormatException x) {
                throw Problem.badRequest("start and end must be whole numbers");
            }
            if (s < 0 || e <= s || e > text.length()) {
                throw Problem.badRequest("the span " + s + "–" + e + " is not inside the text (0–" + text.length() + ")");
            }
            return new Cited(s, e);
        }

        String id() {
            return "span-" + start + "-" + end;
        }
    }

    static String render(Article a, String storyId, Cited cited) {
        StringBuilder b = new StringBuilder();
        if (storyId != null) {
            b.append("<p class=\"muted\"><a href=\"/stories/").append(Html.seg(storyId)).append("\">← the story</a> · ");
        } else {
            b.append("<p class=\"muted\">");
        }
        b.append("<a href=\"/api/articles/").append(Html.seg(a.id())).append("\">JSON</a></p>\n");
        b.append("<h1>").append(Html.esc(a.title())).append("</h1>\n<table class=\"meta\">\n");
        row(b, "Outlet", Html.esc(a.outlet()));
        row(b, "Published", a.published() == null ? "–" : a.published().toString());
        row(b, "Byline", Html.esc(a.byline()));
        row(b, "Language", Html.esc(a.language()));
        row(b, "Source", Html.esc(a.source()));
        row(b, "URL", url(a.url()));
        if (!a.credits().isEmpty()) {
            StringBuilder c = new StringBuilder();
            for (Credit cr : a.credits()) {
                c.append(c.isEmpty() ? "" : "<br>").append(Html.esc(cr.kind().name().toLowerCase())).append(": ")
                        .append(Html.esc(cr.name())).append(" <span class=\"muted\">(").append(Html.esc(cr.text())).append(")</span>");
            }
            row(b, "Credits", c.toString());
        }
        if (!a.pageDates().isEmpty()) {
            StringBuilder c = new StringBuilder();
            for (PageDate pd : a.pageDates()) {
                c.append(c.isEmpty() ? "" : "<br>").append(pd.date()).append(" <span class=\"muted\">(").append(Html.esc(pd.origin()))
                        .append(", ").append(String.format(java.util.Locale.ROOT, "%.2f", pd.confidence())).append(")</span>");
            }
            row(b, "Dates on the page", c.toString());
        }
        if (a.duplicateOf() != null) {
            row(b, "Copy of", articleLink(a.duplicateOf()));
        }
        if (a.derivedFrom() != null) {
            row(b, "Derived from", articleLink(a.derivedFrom()));
        }
        if (a.likelyMachineTranslation()) {
            row(b, "Translation", "likely machine translation");
        }
        b.append("</table>\n<div class=\"text\" id=\"text\">");
        String text = a.text();
        if (cited == null) {
            b.append(Html.esc(text));
        } else {
            b.append(Html.esc(text.substring(0, cited.start()))).append("<mark class=\"cited\" id=\"").append(cited.id()).append("\">")
                    .append(Html.esc(text.substring(cited.start(), cited.end()))).append("</mark>")
                    .append(Html.esc(text.substring(cited.end())));
        }
        b.append("</div>\n");
        return Html.page(a.title() == null ? a.id() : a.title(), "", b.toString());
    }

    private static void row(StringBuilder b, String label, String safeValue) {
        b.append("<tr><th>").append(label).append("</th><td>").append(safeValue).append("</td></tr>\n");
    }

    private static String articleLink(String id) {
        return "<a href=\"/articles/" + Html.seg(id) + "\">" + Html.esc(id) + "</a>";
    }

    /** A link only for a web address; anything else (a {@code javascript:} URL too) is shown as text. */
    private static String url(String url) {
        if (url == null) {
            return "–";
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return "<a href=\"" + Html.esc(url) + "\" rel=\"noreferrer noopener\">" + Html.esc(url) + "</a>";
        }
        return Html.esc(url);
    }
}
