package org.dossier.render;

import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.ArticleRef;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.jsoup.nodes.Entities;

/**
 * Renders dossiers as one self-contained HTML page (inline CSS, no scripts): every citation links to the
 * article it cites, with the character span in its title.
 */
public final class HtmlRenderer implements Renderer {
    private static final String CSS = """
            body{font:15px/1.5 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
            h2{border-bottom:2px solid #ccc;padding-bottom:.2rem}table{border-collapse:collapse;width:100%}
            td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            a.cite{font-size:.8em;text-decoration:none;background:#eef;border-radius:3px;padding:0 .2em;margin-left:.15em}
            .unnamed{font-style:italic;color:#555}.muted{color:#777}
            table.positions td div+div{margin-top:.3rem}tr.single td:nth-child(2){color:#a40}
            """;

    @Override
    public String render(List<StoryDossier> dossiers) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Dossier</title><style>" + CSS + "</style></head><body>\n<h1>Dossier</h1>\n");
        if (dossiers.isEmpty()) {
            h.append("<p>No stories.</p>\n");
        }
        for (StoryDossier d : dossiers) {
            story(h, d);
        }
        return h.append("</body></html>\n").toString();
    }

    private static void story(StringBuilder h, StoryDossier d) {
        Citations c = new Citations(d);
        h.append("<section id=\"").append(esc(d.id())).append("\"><h2>").append(esc(d.title())).append("</h2>\n<p class=\"muted\">")
                .append(d.articles().size()).append(d.articles().size() == 1 ? " article" : " articles");
        if (d.span() != null && d.span().from() != null) {
            h.append(", ").append(d.span().from()).append(" – ").append(d.span().to());
        }
        h.append("</p>\n");
        HtmlSections.summary(h, d, (ids, spans) -> cites(d, c, ids, spans));
        h.append("<h3>Timeline</h3><ul>\n");
        for (TimelineEntry t : d.timeline()) {
            h.append("<li><b>").append(esc(EventDates.of(t))).append("</b> ")
                    .append(t.dateNote() == null ? "" : "<span class=\"muted\">(" + ("before".equals(t.precision())
                            ? "bound: " : "estimated: ") + esc(t.dateNote()) + ")</span> ")
                    .append(t.plannedAsOf() == null ? "" : "<span class=\"muted\">(planned, as reported up to "
                            + t.plannedAsOf() + ")</span> ")
                    .append(esc(t.summary())).append(cites(d, c, t.articles(), t.mentions())).append("</li>\n");
        }
        h.append("</ul>\n<h3>People and organisations</h3><ul>\n");
        for (Entity e : d.entities()) {
            h.append("<li><b>").append(esc(e.name())).append("</b> <span class=\"muted\">").append(esc(e.type().toLowerCase()))
                    .append(e.otherNames().isEmpty() ? "" : "; also " + esc(String.join(" / ", e.otherNames())))
                    .append(e.roles().isEmpty() ? "" : "; " + esc(String.join("; ", e.roles())))
                    .append(e.attributes().isEmpty() ? "" : "; as an attribute: " + esc(String.join(", ", e.attributes())))
                    .append("</span>").append(cites(d, c, e.articles(), e.mentions())).append("</li>\n");
        }
        h.append("</ul>\n<h3>Quotes</h3><ul>\n");
        for (Quote q : d.quotes()) {
            String who = q.speaker() != null ? "<b>" + esc(q.speaker()) + "</b>"
                    : "<span class=\"unnamed\">" + esc(q.speakerDescription() == null ? "unattributed" : q.speakerDescription() + " (unnamed)") + "</span>";
            h.append("<li>").append(who).append(q.date() == null ? "" : " <span class=\"muted\">(" + q.date() + ")</span>")
                    .append(": “").append(esc(q.text())).append("”")
                    .append(cites(d, c, List.of(q.article()), q.span() == null ? List.of() : List.of(q.span())))
                    .append(q.alsoIn().isEmpty() ? "" : " <span class=\"muted\">also in</span>" + cites(d, c, q.alsoIn(), List.of()))
                    .append(q.translations().isEmpty() ? "" : " <span class=\"muted\">translated in</span>"
                            + cites(d, c, q.translations().stream().map(Span::article).distinct().toList(), q.translations()))
                    .append("</li>\n");
        }
        h.append("</ul>\n");
        HtmlSections.positions(h, d, (ids, spans) -> cites(d, c, ids, spans));
        h.append("<h3>Numbers</h3><ul>\n");
        for (Claim cl : d.claims()) {
            h.append("<li>").append(esc(cl.subject())).append(": ").append(esc(cl.text())).append(" <span class=\"muted\">(")
                    .append(esc(EventDates.of(cl))).append(cl.vague() ? "; a vague amount, as written" : "")
                    .append(cl.source() == null ? "" : "; according to " + esc(cl.source())).append(")</span>").append(cites(d, c, List.of(cl.article()),
                            cl.span() == null ? List.of() : List.of(cl.span()))).append("</li>\n");
        }
        h.append("</ul>\n");
        if (!d.disagreements().isEmpty()) {
            h.append("<h3>Where outlets disagree</h3><ul>\n");
            for (Disagreement dis : d.disagreements()) {
                h.append("<li>").append(esc(dis.subject())).append(" <span class=\"muted\">(").append(esc(dis.kind()))
                        .append(dis.reason() == null ? "" : ": " + esc(dis.reason())).append(")</span><ul>");
                for (Disagreement.Value v : dis.values()) {
                    h.append("<li>").append(esc(v.value())).append(esc(MarkdownRenderer.when(v)))
                            .append(cites(d, c, v.articles(), List.of())).append("</li>");
                }
                h.append("</ul></li>\n");
            }
            h.append("</ul>\n");
        }
        HtmlSections.coverage(h, d, (ids, spans) -> cites(d, c, ids, spans));
        articles(h, d, c);
        h.append("</section>\n");
    }

    private static void articles(StringBuilder h, StoryDossier d, Citations c) {
        h.append("<h3>Articles</h3><table><tr><th></th><th>Title</th><th>Outlet</th><th>Authors</th><th>Published</th><th>Anchor</th>"
                + "<th>Lang</th><th>Credits</th><th>Relation</th><th>Source</th></tr>\n");
        for (ArticleRef a : d.articles()) {
            String rel = esc(c.relation(a));
            h.append("<tr id=\"").append(anchor(d, a.id())).append("\"><td>").append(c.label(a.id())).append("</td><td>")
                    .append(esc(a.title())).append("</td><td>").append(esc(a.outlet()))
                    .append("</td><td>").append(esc(String.join(", ", a.authors()))).append("</td><td>").append(a.published())
                    .append("</td><td>").append(esc(EventDates.anchor(a))).append(a.anchorNote() == null ? "" : "<br><span class=\"muted\">" + esc(a.anchorNote()) + "</span>")
                    .append("</td><td>").append(esc(a.language()))
                    .append(a.analysis() == null ? "" : "<br><span class=\"muted\">" + esc(a.analysis()) + "</span>")
                    .append("</td><td>").append(esc(String.join(", ", a.credits())))
                    .append("</td><td>").append(rel).append("</td><td class=\"muted\">").append(esc(a.source())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String cites(StoryDossier d, Citations c, List<String> articles, List<Span> spans) {
        return articles.stream().distinct().map(id -> {
            String where = spans.stream().filter(s -> s.article().equals(id)).map(s -> s.start() + "–" + s.end())
                    .collect(Collectors.joining(", "));
            return "<a class=\"cite\" href=\"#" + anchor(d, id) + "\" title=\"" + esc(id + (where.isEmpty() ? "" : " chars " + where))
                    + "\">" + c.label(id) + "</a>";
        }).collect(Collectors.joining());
    }

    private static String anchor(StoryDossier d, String articleId) {
        return d.id() + "-" + articleId;
    }

    private static String esc(String s) {
        return s == null ? "–" : Entities.escape(s);
    }
}
