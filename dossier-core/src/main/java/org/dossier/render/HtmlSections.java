package org.dossier.render;

import java.util.List;
import java.util.Map;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Coverage;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.SummarySentence;
import org.jsoup.nodes.Entities;

/**
 * The HTML sections for a dossier's summary, positions (actor × stance table), facts (fact × outlet matrix with
 * corroboration) and outlets; {@link HtmlRenderer} places them and gives the citation links.
 */
final class HtmlSections {
    /** Citation links for articles and spans, as the renderer draws them. */
    interface Cites {
        String of(List<String> articles, List<Span> spans);
    }

    private HtmlSections() {}

    static void summary(StringBuilder h, StoryDossier d, Cites cites) {
        if (d.summary().isEmpty()) {
            return;
        }
        h.append("<h3>Summary</h3><ul class=\"summary\">\n");
        for (SummarySentence s : d.summary()) {
            h.append("<li>").append(esc(s.text())).append(cites.of(s.articles(), s.mentions())).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    static void positions(StringBuilder h, StoryDossier d, Cites cites) {
        if (d.positions().isEmpty()) {
            return;
        }
        PositionTable t = new PositionTable(d);
        h.append("<h3>Positions</h3><table class=\"positions\"><tr><th>Actor</th>");
        t.stances.forEach(s -> h.append("<th>").append(esc(PositionTable.heading(s))).append("</th>"));
        h.append("</tr>\n");
        for (Map.Entry<String, Map<String, List<Position>>> row : t.rows.entrySet()) {
            h.append("<tr><th>").append(esc(row.getKey())).append("</th>");
            for (String s : t.stances) {
                h.append("<td>");
                for (Position p : row.getValue().getOrDefault(s, List.of())) {
                    h.append("<div title=\"").append(esc(p.text())).append("\">").append(esc(p.proposition()))
                            .append(p.date() == null ? "" : " <span class=\"muted\">" + esc(t.date(p)) + "</span>")
                            .append(p.answers() == null ? "" : " <span class=\"muted\">answers: " + esc(p.answers()) + "</span>")
                            .append(cites.of(p.articles(), p.mentions())).append("</div>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    static void coverage(StringBuilder h, StoryDossier d, Cites cites) {
        h.append("<h3>Coverage</h3>\n");
        List<Coverage> outlets = d.coverage();
        if (!d.facts().isEmpty()) {
            h.append("<p class=\"muted\">Sources: independent sources carrying the fact (one outlet, a copy and its "
                    + "original, and articles crediting the same agency count once); each speaker's quotes and each actor's "
                    + "positions are one row: \u201cup to N\u201d, the sources of the best-corroborated of them.</p>\n<table class=\"facts\"><tr>"
                    + "<th>Fact</th><th>Sources</th>");
            outlets.forEach(o -> h.append("<th>").append(esc(o.outlet())).append("</th>"));
            h.append("</tr>\n");
            for (FactRows.Row f : FactRows.of(d)) {
                h.append("<tr").append(f.single() ? " class=\"single\"" : "").append("><td>").append(esc(f.label()))
                        .append("</td><td>").append(f.sourcesShown()).append("</td>");
                for (Coverage o : outlets) {
                    List<String> here = o.articles().stream().filter(f.articles()::contains).toList();
                    h.append("<td>").append(here.isEmpty() ? "" : cites.of(here, List.of())).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<table><tr><th>Outlet</th><th>Articles</th><th>Independent</th><th>Facts reported</th></tr>\n");
        for (Coverage cov : outlets) {
            h.append("<tr><td>").append(esc(cov.outlet())).append("</td><td>").append(cites.of(cov.articles(), List.of()))
                    .append("</td><td>").append(cov.independent() ? "yes" : "no"
                            + (cov.dependence() == null ? "" : " <span class=\"muted\">(" + esc(cov.dependence()) + ")</span>"))
                    .append("</td><td>").append(cov.facts().size()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String esc(String s) {
        return s == null ? "–" : Entities.escape(s);
    }
}
