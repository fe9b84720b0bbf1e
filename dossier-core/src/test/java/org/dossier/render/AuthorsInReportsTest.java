package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.chain.Composition;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.RawPage;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people a page's byline names are listed with its article in every report format (the dossier's article
 * reference, JSON {@code authors}, the Markdown and HTML article tables' "Authors" column); a page with no byline
 * lists no one, neither a placeholder nor an empty "by". Pages are read from HTML through the whole chain, as
 * {@code dossier report} reads them.
 */
class AuthorsInReportsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static StoryDossier dossier;

    private static String page(String headline, String byline, String body) {
        return "<html><head><title>" + headline + " | Valley Ledger</title>"
                + "<meta property=\"article:published_time\" content=\"2026-11-20T09:00:00Z\"></head><body><article>"
                + "<h1>" + headline + "</h1>" + (byline == null ? "" : "<p class=\"byline\">By " + byline + "</p>")
                + body + "</article></body></html>";
    }

    private static final String BODY = "<p>The Brenmoor city council voted on Tuesday to close the old ferry pier on"
            + " the east bank after inspectors found cracks in two of its supports.</p><p>Repairs would cost more than"
            + " the pier earns in a decade, the council's engineer, Ilse Varga, told members before the vote.</p>"
            + "<p>Ferry services will move to the west landing from next month while the council weighs a new"
            + " pier.</p>";

    @BeforeAll
    static void report() {
        Composition chains = Composition.standard(CLOCK);
        List<RawPage> pages = List.of(
                new RawPage("p1", "ledger.html", RawPage.Kind.HTML,
                        page("Council closes ferry pier", "Tomas Ferreira and Nadia Okafor", BODY)),
                new RawPage("p2", "herald.html", RawPage.Kind.HTML,
                        page("Brenmoor ferry pier to close after cracks found", null, BODY.replace("Tuesday",
                                "Tuesday evening"))));
        List<Article> articles = new ArrayList<>();
        for (RawPage p : pages) {
            articles.add(chains.articleChain().article(p, f -> { throw new AssertionError(f.toString()); })
                    .orElseThrow());
        }
        Story story = new Story("s1", "Ferry pier", articles.stream().map(Article::id).toList());
        dossier = chains.storyAnalysis().analyse(story, articles, Map.of(), () -> { }).dossier();
    }

    private static StoryDossier.ArticleRef ref(String source) {
        return dossier.articles().stream().filter(a -> a.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void theArticleReferenceCarriesTheBylinesPeople() {
        assertEquals(List.of("Tomas Ferreira", "Nadia Okafor"), ref("ledger.html").authors());
        assertEquals(List.of(), ref("herald.html").authors());
    }

    @Test
    void theJsonReportListsEachArticlesAuthors() {
        String json = new JsonRenderer().render(List.of(dossier));
        assertTrue(json.contains("\"authors\" : [ \"Tomas Ferreira\", \"Nadia Okafor\" ]"), json);
        assertTrue(json.contains("\"authors\" : [ ]"), json);
        StoryDossier back = Json.read(Json.write(dossier), StoryDossier.class);
        assertEquals(dossier.articles(), back.articles(), "the authors are read back");
    }

    @Test
    void theMarkdownArticleTableHasAnAuthorsColumn() {
        String md = new MarkdownRenderer().render(List.of(dossier));
        assertTrue(md.contains("| Outlet | Authors |"), md);
        String ledger = row(md, "Council closes ferry pier");
        assertTrue(ledger.contains("| Tomas Ferreira, Nadia Okafor |"), ledger);
        String herald = row(md, "Brenmoor ferry pier to close");
        assertFalse(herald.contains("by ") || herald.contains("By ") || herald.contains("Staff"), herald);
        assertEquals(row(md, "Council closes ferry pier").chars().filter(c -> c == '|').count(),
                herald.chars().filter(c -> c == '|').count(), "the row without authors keeps its columns: " + herald);
    }

    @Test
    void theHtmlArticleTableHasAnAuthorsColumn() {
        String html = new HtmlRenderer().render(List.of(dossier));
        assertTrue(html.contains("<th>Outlet</th><th>Authors</th>"), html);
        String ledger = row(html, "Council closes ferry pier");
        assertTrue(ledger.contains("<td>Tomas Ferreira, Nadia Okafor</td>"), ledger);
        String herald = row(html, "Brenmoor ferry pier to close");
        assertFalse(herald.contains("by ") || herald.contains("By ") || herald.contains("Staff"), herald);
    }

    /** The line of the article table that holds this headline. */
    private static String row(String report, String headline) {
        return report.lines().filter(l -> l.contains(headline) && (l.startsWith("| ") || l.startsWith("<tr id=")))
                .findFirst().orElseThrow(() -> new AssertionError(headline + " not in\n" + report));
    }
}
