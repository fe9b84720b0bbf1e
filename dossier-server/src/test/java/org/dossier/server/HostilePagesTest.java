package org.dossier.server;

import static org.dossier.server.ServedStore.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages whose title, text and URL carry markup and script: every page the server renders shows them as text,
 * never as markup, and the CSV does not hand a spreadsheet a formula. No NLP models are needed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePagesTest {
    static final String TITLE = "<script>alert('title')</script> Harbour strike ends after nine days";
    @TempDir static Path dir;
    static ServedStore served;
    static Article hostile;
    static Story story;

    @BeforeAll
    static void ingestAHostilePage() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("hostile.html"), "<html><head><title>&lt;script&gt;alert('title')&lt;/script&gt; "
                + "Harbour strike ends after nine days</title></head><body><article>"
                + "<h1>&lt;script&gt;alert('title')&lt;/script&gt; Harbour strike ends after nine days</h1>"
                + "<p>Dock workers in the port city returned to work on Friday after a nine-day strike over pay ended "
                + "with an agreement &lt;img src=x onerror=alert('body')&gt; between the union and the port authority.</p>"
                + "<p>The agreement raises wages by four percent this year and sets up a joint safety committee, the "
                + "union's chair told reporters outside the harbour office on Friday morning, \"</p><script>\" she said.</p>"
                + "</article></body></html>");
        served = ServedStore.ingesting(dir.resolve("data"), pages);
        story = served.workspace.stories().get(0);
        hostile = served.store.article(story.articleIds().get(0)).orElseThrow();
        assertTrue(hostile.title().contains("<script>"), "the page's title keeps its markup as text: " + hostile.title());
        assertTrue(hostile.text().contains("<img src=x onerror="), hostile.text());
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        served.catalogue.close();
        served.close();
    }

    static void assertInert(String page) {
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<img"), page);
        assertTrue(page.contains("&lt;script&gt;"), page);
    }

    @Test
    void storiesPageShowsAHostileTitleAsText() {
        served.serve((server, client) -> assertInert(ok(client, "/")));
    }

    @Test
    void articlePageShowsAHostileTitleAndTextAsTextAlsoInsideTheMark() {
        int start = hostile.text().indexOf("<img");
        int end = hostile.text().indexOf('>', start) + 1;
        served.serve((server, client) -> {
            String plain = ok(client, "/articles/" + hostile.id());
            assertInert(plain);
            assertTrue(plain.contains("&lt;img src=x onerror=alert(&apos;body&apos;)&gt;"), plain);
            String marked = ok(client, "/articles/" + hostile.id() + "?start=" + start + "&end=" + end);
            assertInert(marked);
            assertTrue(marked.contains("<mark class=\"cited\" id=\"span-" + start + "-" + end
                    + "\">&lt;img src=x onerror=alert(&apos;body&apos;)&gt;</mark>"), marked);
        });
    }

    @Test
    void searchShowsAHostileTitleAndTextAsTextInTheSnippetAndOnThePage() {
        served.serve((server, client) -> {
            JsonNode doc = Json.MAPPER.readTree(ok(client, "/api/search?q=agreement"));
            String snippet = doc.get("hits").get(0).get("snippet").asText();
            assertTrue(snippet.contains("&lt;img src=x onerror="), snippet);
            assertFalse(snippet.contains("<img"), snippet);
            assertTrue(snippet.contains("<mark>agreement</mark>"), snippet);
            assertInert(ok(client, "/search?q=agreement"));
            assertInert(ok(client, "/search?q=" + Html.seg("title:script")));
        });
    }

    @Test
    void everyPageForbidsScriptsButTheServersOwn() {
        served.serve((server, client) -> {
            var r = client.get("/articles/" + hostile.id());
            String policy = r.headers().get("Content-Security-Policy").get(0);
            assertTrue(policy.contains("script-src 'self'"), policy);
            assertFalse(policy.contains("unsafe-eval"), policy);
            assertEquals("nosniff", r.headers().get("X-Content-Type-Options").get(0));
        });
    }

    @Test
    void jsonKeepsTheTitleAsAStringAndCsvKeepsItQuotedNotAsAFormula() {
        served.serve((server, client) -> {
            JsonNode doc = Json.MAPPER.readTree(ok(client, "/api/articles/" + hostile.id()));
            assertEquals(hostile.title(), doc.get("article").get("title").asText());
            String csv = ok(client, "/api/stories/" + story.id() + ".csv");
            assertTrue(csv.contains(ArticleCsv.field(hostile.title())), csv);
        });
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ArticleCsv.field("=HYPERLINK(\"x\")"));
        assertEquals("\"a, \"\"b\"\"\"", ArticleCsv.field("a, \"b\""));
    }
}
