package org.dossier.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;
import org.dossier.render.FactRows;

/**
 * The analyst's views of a dossier that the story page shows above the full dossier: the timeline chart
 * ({@link TimelineChart}), people and organisations (and other names) grouped by kind, quotes grouped by speaker,
 * the numbers with their dates (and where outlets disagree), and the fact × outlet matrix with readable fact
 * labels ({@link FactLabels}). Every citation opens the article at the cited span. Everything from a page is
 * escaped ({@link Html#esc}); the views read only what {@link StoryDossier} has, so new parts of it show in the full
 * dossier below until a view is made for them.
 */
final class StoryViews {
    static final int MATRIX_FACTS = 60;
    static final int MATRIX_OUTLETS = 24;

    private final StoryDossier d;
    private final Map<String, StoryDossier.ArticleRef> refs = new LinkedHashMap<>();

    private StoryViews(StoryDossier d) {
        this.d = d;
        d.articles().forEach(a -> refs.put(a.id(), a));
    }

    static String render(StoryDossier d) {
        return new StoryViews(d).all();
    }

    private String all() {
        StringBuilder b = new StringBuilder("<nav class=\"views\"><a href=\"#v-timeline\">Timeline</a> · <a href=\"#v-names\">People "
                + "and organisations</a> · <a href=\"#v-quotes\">Quotes</a> · <a href=\"#v-numbers\">Numbers</a> · "
                + "<a href=\"#v-coverage\">Coverage</a> · <a href=\"#v-dossier\">Full dossier</a></nav>\n");
        b.append("<section class=\"view\" id=\"v-timeline\"><h2>Timeline</h2>").append(TimelineChart.svg(d)).append(timelineList()).append("</section>\n");
        b.append("<section class=\"view\" id=\"v-names\"><h2>People and organisations</h2>").append(names()).append("</section>\n");
        b.append("<section class=\"view\" id=\"v-quotes\"><h2>Quotes by speaker</h2>").append(quotes()).append("</section>\n");
        b.append("<section class=\"view\" id=\"v-numbers\"><h2>Numbers</h2>").append(numbers()).append("</section>\n");
        b.append("<section class=\"view\" id=\"v-coverage\"><h2>Which outlet reported what</h2>").append(matrix()).append("</section>\n");
        return b.toString();
    }

    /** A link to the cited span on the article's page, labelled with the article's outlet. */
    private String cite(Span s) {
        if (s == null) {
            return "";
        }
        return "<a class=\"cite\" href=\"" + Html.esc(spanLink(s)) + "\">" + Html.esc(outletOf(s.article())) + "</a>";
    }

    private String citeArticle(String articleId) {
        return "<a class=\"cite\" href=\"/articles/" + Html.esc(Html.seg(articleId)) + "\">" + Html.esc(outletOf(articleId)) + "</a>";
    }

    static String spanLink(Span s) {
        return "/articles/" + Html.seg(s.article()) + "?start=" + s.start() + "&end=" + s.end() + "#span-" + s.start() + "-" + s.end();
    }

    private String outletOf(String articleId) {
        StoryDossier.ArticleRef a = refs.get(articleId);
        return a == null || a.outlet() == null || a.outlet().isBlank() ? articleId : a.outlet();
    }

    private String timelineList() {
        if (d.timeline().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"view\"><tr><th>Day</th><th>What happened</th><th>Reported by</th></tr>");
        for (StoryDossier.TimelineEntry t : d.timeline()) {
            b.append("<tr><td class=\"nowrap\">").append(t.date() == null ? "–" : t.date())
                    .append(t.dateNote() == null ? "" : " <abbr title=\"" + Html.esc(t.dateNote()) + "\">~</abbr>")
                    .append(t.plannedAsOf() == null ? "" : " <abbr title=\"planned, as reported up to "
                            + t.plannedAsOf() + "\">(planned)</abbr>")
                    .append("</td><td>").append(Html.esc(t.summary())).append("</td><td>");
            b.append(cites(t.mentions(), t.articles())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** One citation per article: its first cited span, else the article. */
    private String cites(List<Span> mentions, List<String> articles) {
        Map<String, Span> first = new LinkedHashMap<>();
        for (Span s : mentions) {
            first.putIfAbsent(s.article(), s);
        }
        Set<String> all = new LinkedHashSet<>(first.keySet());
        all.addAll(articles);
        List<String> out = new ArrayList<>();
        for (String id : all) {
            out.add(first.containsKey(id) ? cite(first.get(id)) : citeArticle(id));
        }
        return String.join(" ", out);
    }

    private String names() {
        Map<String, List<StoryDossier.Entity>> byKind = new TreeMap<>((x, y) -> Integer.compare(rank(x), rank(y)) != 0
                ? Integer.compare(rank(x), rank(y)) : x.compareTo(y));
        for (StoryDossier.Entity e : d.entities()) {
            byKind.computeIfAbsent(e.type() == null ? "OTHER" : e.type(), k -> new ArrayList<>()).add(e);
        }
        if (byKind.isEmpty()) {
            return "<p class=\"muted\">No names found.</p>";
        }
        StringBuilder b = new StringBuilder("<div class=\"groups\">");
        for (Map.Entry<String, List<StoryDossier.Entity>> g : byKind.entrySet()) {
            List<StoryDossier.Entity> es = new ArrayList<>(g.getValue());
            es.sort((x, y) -> Integer.compare(y.articles().size(), x.articles().size()));
            b.append("<div class=\"group\"><h3>").append(Html.esc(kindLabel(g.getKey()))).append(" (").append(es.size()).append(")</h3><ul>");
            for (StoryDossier.Entity e : es) {
                b.append("<li><b>").append(Html.esc(e.name())).append("</b>");
                List<String> others = e.otherNames();
                if (!others.isEmpty()) {
                    b.append(" <span class=\"muted\">also ").append(Html.esc(String.join(", ", others))).append("</span>");
                }
                if (!e.roles().isEmpty()) {
                    b.append(" — ").append(Html.esc(String.join("; ", e.roles())));
                }
                b.append(" <span class=\"muted\">").append(e.articles().size()).append(e.articles().size() == 1 ? " article" : " articles")
                        .append("</span> ").append(e.mentions().isEmpty() ? "" : cite(e.mentions().get(0))).append("</li>");
            }
            b.append("</ul></div>");
        }
        return b.append("</div>").toString();
    }

    private static int rank(String type) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "PERSON" -> 0;
            case "ORGANIZATION", "ORGANISATION" -> 1;
            case "LOCATION", "PLACE", "COUNTRY", "CITY" -> 2;
            default -> 3;
        };
    }

    private static String kindLabel(String type) {
        return switch (rank(type)) {
            case 0 -> "People";
            case 1 -> "Organisations";
            case 2 -> "Places";
            default -> type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private String quotes() {
        if (d.quotes().isEmpty()) {
            return "<p class=\"muted\">No quotes found.</p>";
        }
        Map<String, List<StoryDossier.Quote>> bySpeaker = new LinkedHashMap<>();
        for (StoryDossier.Quote q : d.quotes()) {
            bySpeaker.computeIfAbsent(q.speaker() == null ? "" : q.speaker(), k -> new ArrayList<>()).add(q);
        }
        List<Map.Entry<String, List<StoryDossier.Quote>>> groups = new ArrayList<>(bySpeaker.entrySet());
        groups.sort((x, y) -> x.getKey().isEmpty() != y.getKey().isEmpty() ? (x.getKey().isEmpty() ? 1 : -1)
                : Integer.compare(y.getValue().size(), x.getValue().size()));
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<StoryDossier.Quote>> g : groups) {
            StoryDossier.Quote first = g.getValue().get(0);
            b.append("<h3>").append(g.getKey().isEmpty() ? "Unnamed speakers" : Html.esc(g.getKey())).append("</h3>");
            if (first.speakerDescription() != null && !g.getKey().isEmpty()) {
                b.append("<p class=\"muted\">").append(Html.esc(first.speakerDescription())).append("</p>");
            }
            b.append("<ul class=\"quotes\">");
            for (StoryDossier.Quote q : g.getValue()) {
                b.append("<li><q>").append(Html.esc(q.text())).append("</q> ")
                        .append(q.span() != null ? cite(q.span()) : citeArticle(q.article())).append("</li>");
            }
            b.append("</ul>");
        }
        return b.toString();
    }

    private String numbers() {
        if (d.claims().isEmpty()) {
            return "<p class=\"muted\">No numbers found.</p>";
        }
        StringBuilder b = new StringBuilder();
        if (!d.disagreements().isEmpty()) {
            b.append("<h3>Where outlets differ</h3><ul class=\"disagreements\">");
            for (StoryDossier.Disagreement x : d.disagreements()) {
                b.append("<li><b>").append(Html.esc(x.subject())).append("</b> <span class=\"muted\">(")
                        .append(Html.esc(x.kind())).append(")</span>: ");
                List<String> values = new ArrayList<>();
                for (StoryDossier.Disagreement.Value v : x.values()) {
                    StringBuilder one = new StringBuilder(Html.esc(v.value())).append(x.unit() == null ? "" : " " + Html.esc(x.unit()));
                    if (!v.dates().isEmpty()) {
                        one.append(" <span class=\"muted\">").append(v.dates().get(0)).append("</span>");
                    }
                    v.articles().forEach(a -> one.append(' ').append(citeArticle(a)));
                    values.add(one.toString());
                }
                b.append(String.join(" · ", values)).append("</li>");
            }
            b.append("</ul>");
        }
        b.append("<table class=\"view\"><tr><th>Date</th><th>Subject</th><th>Value</th><th>As written</th><th>Source</th></tr>");
        List<StoryDossier.Claim> claims = new ArrayList<>(d.claims());
        claims.sort((x, y) -> x.date() == null ? (y.date() == null ? 0 : 1) : y.date() == null ? -1 : x.date().compareTo(y.date()));
        for (StoryDossier.Claim c : claims) {
            b.append("<tr><td class=\"nowrap\">").append(c.date() == null ? "–" : c.date()).append("</td><td>").append(Html.esc(c.subject()))
                    .append("</td><td class=\"nowrap\">").append(value(c)).append("</td><td>").append(Html.esc(c.text()))
                    .append("</td><td>").append(c.span() != null ? cite(c.span()) : citeArticle(c.article())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private static String value(StoryDossier.Claim c) {
        if (c.value() == null) { // a vague amount ("tens of thousands"): as the outlet wrote it, never a made-up number
            return Html.esc((c.amount() == null ? "–" : c.amount()) + " (vague)");
        }
        String v = number(c.value());
        if (c.low() != null && c.high() != null) {
            v = number(c.low()) + "–" + number(c.high());
        }
        return Html.esc(v + (c.unit() == null || c.unit().isBlank() ? "" : " " + c.unit()));
    }

    /**
     * The matrix of a dossier whose fact table names every covered fact: the rows the other formats list
     * ({@link FactRows}: events and numbers, then one row per speaker's quotes and per actor's positions), an outlet
     * marked when one of its articles carries the row, and the row's independent sources.
     */
    private String groupedMatrix(List<StoryDossier.Coverage> outlets) {
        List<FactRows.Row> all = FactRows.of(d);
        List<FactRows.Row> rows = all.stream().limit(MATRIX_FACTS).toList();
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"matrix\"><tr><th>Fact</th>");
        for (StoryDossier.Coverage c : outlets) {
            b.append("<th class=\"outlet\" title=\"").append(c.independent() ? "an independent source" : "not independent (a copy, repost or translation)")
                    .append("\">").append(Html.esc(c.outlet())).append(c.independent() ? "" : " <span class=\"muted\">(copy)</span>").append("</th>");
        }
        b.append("<th>Sources</th></tr>");
        for (FactRows.Row row : rows) {
            b.append("<tr><td>").append(Html.esc(FactLabels.shorten(row.label()))).append("</td>");
            for (StoryDossier.Coverage c : outlets) {
                boolean has = c.articles().stream().anyMatch(row.articles()::contains);
                b.append(has ? "<td class=\"has\">●</td>" : "<td></td>");
            }
            b.append("<td>").append(Html.esc(row.sourcesShown())).append("</td></tr>");
        }
        b.append("</table></div>");
        if (all.size() > rows.size() || d.coverage().size() > outlets.size()) {
            b.append("<p class=\"muted\">The first ").append(rows.size()).append(" rows and ").append(outlets.size())
                    .append(" outlets are shown; the CSV has them all.</p>");
        }
        return b.toString();
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) x) : String.format(Locale.ROOT, "%,.2f", x);
    }

    private String matrix() {
        if (d.coverage().isEmpty()) {
            return "<p class=\"muted\">No coverage computed.</p>";
        }
        Set<String> facts = new LinkedHashSet<>();
        d.coverage().forEach(c -> facts.addAll(c.facts()));
        List<StoryDossier.Coverage> outlets = d.coverage().stream().limit(MATRIX_OUTLETS).toList();
        if (!d.facts().isEmpty() && d.facts().stream().map(StoryDossier.Fact::id).toList().containsAll(facts)) {
            return groupedMatrix(outlets);
        }
        List<String> rows = facts.stream().limit(MATRIX_FACTS).toList();
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"matrix\"><tr><th>Fact</th>");
        for (StoryDossier.Coverage c : outlets) {
            b.append("<th class=\"outlet\" title=\"").append(c.independent() ? "an independent source" : "not independent (a copy, repost or translation)")
                    .append("\">").append(Html.esc(c.outlet())).append(c.independent() ? "" : " <span class=\"muted\">(copy)</span>").append("</th>");
        }
        b.append("<th>Outlets</th></tr>");
        for (String fact : rows) {
            b.append("<tr><td>").append(Html.esc(FactLabels.of(d, fact))).append("</td>");
            int n = 0;
            for (StoryDossier.Coverage c : outlets) {
                boolean has = c.facts().contains(fact);
                n += has ? 1 : 0;
                b.append(has ? "<td class=\"has\">●</td>" : "<td></td>");
            }
            b.append("<td>").append(n).append("</td></tr>");
        }
        b.append("</table></div>");
        if (facts.size() > rows.size() || d.coverage().size() > outlets.size()) {
            b.append("<p class=\"muted\">The first ").append(rows.size()).append(" facts and ").append(outlets.size())
                    .append(" outlets are shown; the CSV has them all.</p>");
        }
        return b.toString();
    }
}
