package org.dossier.server;

import static org.dossier.server.ServedStore.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API and pages over a store filled from {@code examples/corpus}. Only the dossier and story-page tests need
 * the NLP models; they share one dossier (of the smallest story) through the catalogue.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ServerOverExampleCorpusTest {
    @TempDir static Path dir;
    static ServedStore served;
    static Story smallest;

    @BeforeAll
    static void ingestTheExamples() throws Exception {
        served = ServedStore.ingesting(dir.resolve("data"), ServedStore.EXAMPLES);
        List<Story> stories = served.workspace.stories();
        assertTrue(stories.size() >= 2, "the examples make several stories: " + stories);
        smallest = stories.get(stories.size() - 1);
    }

    @AfterAll
    static void closeTheStore() {
        served.close();
    }

    @Test
    void storiesListGivesEachStorysTitleCountsLanguagesAndDates() throws Exception {
        List<Story> stories = served.workspace.stories();
        served.serve((server, client) -> {
            var r = client.get("/api/stories");
            assertEquals(200, r.code());
            assertTrue(r.headers().get("Content-Type").get(0).startsWith("application/json"));
            JsonNode doc = Json.MAPPER.readTree(r.body().string());
            assertEquals(stories.size(), doc.get("total").asInt());
            assertEquals(0, doc.get("offset").asInt());
            assertEquals(stories.size(), doc.get("stories").size());
            JsonNode first = doc.get("stories").get(0);
            assertEquals(stories.get(0).id(), first.get("id").asText());
            assertEquals(stories.get(0).title(), first.get("title").asText());
            assertEquals(stories.get(0).articleIds().size(), first.get("article_count").asInt());
            assertTrue(first.get("outlets").isArray() && first.get("outlets").size() >= 1, first.toString());
            assertTrue(first.get("languages").toString().contains("\"en\""), first.toString());
            assertTrue(first.get("first_date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), first.toString());
            assertTrue(first.get("first_date").asText().compareTo(first.get("last_date").asText()) <= 0, first.toString());
        });
    }

    @Test
    void storiesListPagesByOffsetAndLimit() {
        List<String> ids = new ArrayList<>();
        served.serve((server, client) -> {
            JsonNode all = Json.MAPPER.readTree(ok(client, "/api/stories"));
            all.get("stories").forEach(s -> ids.add(s.get("id").asText()));
            JsonNode page = Json.MAPPER.readTree(ok(client, "/api/stories?offset=1&limit=1"));
            assertEquals(1, page.get("stories").size());
            assertEquals(ids.get(1), page.get("stories").get(0).get("id").asText());
            assertEquals(1, page.get("limit").asInt());
            assertEquals(ids.size(), page.get("total").asInt());
            JsonNode past = Json.MAPPER.readTree(ok(client, "/api/stories?offset=1000"));
            assertEquals(0, past.get("stories").size());
        });
    }

    @Test
    void badPagingIsABadRequestWithAJsonError() {
        served.serve((server, client) -> {
            for (String q : List.of("limit=0", "limit=501", "limit=ten", "offset=-1", "offset=1.5", "offset=99999999999")) {
                var r = client.get("/api/stories?" + q);
                assertEquals(400, r.code(), q);
                JsonNode e = Json.MAPPER.readTree(r.body().string()).get("error");
                assertEquals(400, e.get("status").asInt(), q);
                assertFalse(e.get("message").asText().isBlank(), q);
            }
            assertEquals(400, client.get("/?limit=0").code());
        });
    }

    @Test
    void unknownIdsAreNotFoundWithAJsonErrorUnderTheApi() {
        served.serve((server, client) -> {
            for (String path : List.of("/api/stories/s-nothing", "/api/stories/s-nothing.csv", "/api/articles/nothing",
                    "/api/nothing")) {
                var r = client.get(path);
                assertEquals(404, r.code(), path);
                assertTrue(r.headers().get("Content-Type").get(0).startsWith("application/json"), path);
                assertEquals(404, Json.MAPPER.readTree(r.body().string()).get("error").get("status").asInt(), path);
            }
            for (String path : List.of("/stories/s-nothing", "/articles/nothing")) {
                var r = client.get(path);
                assertEquals(404, r.code(), path);
                assertTrue(r.body().string().contains("<h1>404</h1>"), path);
            }
        });
    }

    @Test
    void articleJsonHasTheCleanTextMetadataProvenanceAndStory() throws Exception {
        String id = smallest.articleIds().get(0);
        Article stored = served.store.article(id).orElseThrow();
        served.serve((server, client) -> {
            JsonNode doc = Json.MAPPER.readTree(ok(client, "/api/articles/" + id));
            assertEquals(smallest.id(), doc.get("story").asText());
            JsonNode a = doc.get("article");
            assertEquals(stored.text(), a.get("text").asText());
            assertEquals(stored.title(), a.get("title").asText());
            for (String field : List.of("source", "url", "outlet", "published", "language", "authors", "credits",
                    "page_dates", "duplicate_of", "derived_from", "translation_score")) {
                assertTrue(a.has(field), field);
            }
            assertTrue(a.get("source").asText().contains("examples/corpus"), a.get("source").asText());
        });
    }

    @Test
    void csvHasAHeaderAndOneRowPerArticleOfTheStory() throws Exception {
        Story story = served.workspace.stories().get(0);
        served.serve((server, client) -> {
            var r = client.get("/api/stories/" + story.id() + ".csv");
            assertEquals(200, r.code());
            assertTrue(r.headers().get("Content-Type").get(0).startsWith("text/csv"));
            assertTrue(r.headers().get("Content-Disposition").get(0).contains(".csv"));
            List<String> lines = r.body().string().lines().toList();
            assertEquals("\uFEFF" + String.join(",", ArticleCsv.HEADER), lines.get(0), "a BOM, then the header");
            assertEquals(story.articleIds().size() + 1, lines.size(), String.join("\n", lines));
            Set<String> ids = new HashSet<>();
            lines.subList(1, lines.size()).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
            assertEquals(Set.copyOf(story.articleIds()), ids);
        });
    }

    @Test
    void articlePageMarksTheRequestedSpanAndLoadsTheScrollScript() throws Exception {
        String id = smallest.articleIds().get(0);
        String text = served.store.article(id).orElseThrow().text();
        int start = text.indexOf(' ') + 1;
        int end = text.indexOf(' ', start + 3);
        served.serve((server, client) -> {
            String page = ok(client, "/articles/" + id + "?start=" + start + "&end=" + end);
            String marked = "<mark class=\"cited\" id=\"span-" + start + "-" + end + "\">"
                    + org.jsoup.nodes.Entities.escape(text.substring(start, end)) + "</mark>";
            assertTrue(page.contains(marked), page);
            assertTrue(page.contains("<script src=\"/assets/dossier.js\"></script>"));
            assertEquals(1, page.split("<mark").length - 1);
            String script = ok(client, "/assets/dossier.js");
            assertTrue(script.contains("scrollIntoView"));
            assertTrue(ok(client, "/assets/dossier.css").contains("mark.cited"));
            String plain = ok(client, "/articles/" + id);
            assertFalse(plain.contains("<mark"));
            for (String bad : List.of("?start=5", "?start=9&end=3", "?start=0&end=" + (text.length() + 1), "?start=a&end=b")) {
                assertEquals(400, client.get("/articles/" + id + bad).code(), bad);
            }
        });
    }

    @Test
    void dossierJsonIsTheDocumentedSchemaWithTheStorysArticles() {
        served.serve((server, client) -> {
            var r = client.get("/api/stories/" + smallest.id());
            assertEquals(200, r.code(), r.body().string());
            JsonNode doc = Json.MAPPER.readTree(r.body().string());
            assertEquals(1, doc.get("stories").size());
            JsonNode story = doc.get("stories").get(0);
            assertEquals(smallest.id(), story.get("id").asText());
            for (String field : List.of("title", "span", "articles", "entities", "quotes", "timeline", "claims",
                    "disagreements", "coverage")) {
                assertNotNull(story.get(field), field);
            }
            Set<String> ids = new HashSet<>();
            story.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            assertEquals(Set.copyOf(smallest.articleIds()), ids);
        });
    }

    @Test
    void storyPageLinksEachCitationToTheCitedSpanOnTheArticlePage() {
        Pattern cite = Pattern.compile("<a class=\"cite\" href=\"/articles/([^\"?#]+)\\?start=(\\d+)&amp;end=(\\d+)#span-\\2-\\3\"");
        served.serve((server, client) -> {
            String page = ok(client, "/stories/" + smallest.id());
            assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/assets/dossier.css\">"));
            assertFalse(page.contains("href=\"#" + smallest.id() + "-"), "no citation points into the page any more");
            Matcher m = cite.matcher(page);
            assertTrue(m.find(), page);
            String article = ok(client, "/articles/" + m.group(1) + "?start=" + m.group(2) + "&end=" + m.group(3));
            assertTrue(article.contains("<mark class=\"cited\" id=\"span-" + m.group(2) + "-" + m.group(3) + "\">"));
            for (String id : smallest.articleIds()) {
                assertTrue(page.contains("<a href=\"/articles/" + id + "\">"), id);
            }
        });
    }

    @Test
    void everyDownloadOfAStoryIsCsvWithOneRecordPerRowOfItsDossier() throws Exception {
        var d = served.catalogue.dossier(smallest);
        java.util.Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        rows.put("quotes", d.quotes().size());
        rows.put("claims", d.claims().size());
        rows.put("timeline", d.timeline().size());
        rows.put("entities", d.entities().size());
        rows.put("coverage", d.coverage().stream().mapToInt(c -> c.facts().size()).sum());
        rows.put("articles", smallest.articleIds().size());
        served.serve((server, client) -> {
            for (var e : rows.entrySet()) {
                var r = client.get("/api/stories/" + smallest.id() + "/" + e.getKey() + ".csv");
                assertEquals(200, r.code(), e.getKey());
                assertTrue(r.headers().get("Content-Type").get(0).startsWith("text/csv"), e.getKey());
                assertTrue(r.headers().get("Content-Disposition").get(0).contains(e.getKey() + ".csv"), e.getKey());
                var records = CsvRecords.parse(r.body().string());
                assertEquals(e.getValue() + 1, records.size(), e.getKey());
                CsvDownloadsTest.assertNoFormula(records);
            }
            var stories = CsvRecords.parse(ok(client, "/api/stories.csv"));
            assertEquals(served.workspace.stories().size() + 1, stories.size());
            assertEquals(2, CsvRecords.parse(ok(client, "/api/stories.csv?limit=1&sort=title")).size());
            assertEquals(404, client.get("/api/stories/s-nothing/quotes.csv").code());
        });
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAndEachAnswers() {
        served.serve((server, client) -> {
            JsonNode api = Json.MAPPER.readTree(ok(client, "/api/openapi.json"));
            assertTrue(api.get("openapi").asText().startsWith("3."));
            String article = smallest.articleIds().get(0);
            List<String> paths = new ArrayList<>();
            api.get("paths").fieldNames().forEachRemaining(paths::add);
            for (String route : List.of("/api/stories", "/api/stories.csv", "/api/stories/{id}", "/api/stories/{id}/quotes.csv",
                    "/api/stories/{id}/claims.csv", "/api/stories/{id}/coverage.csv", "/api/articles/{id}", "/api/search",
                    "/api/ingest")) {
                assertTrue(paths.contains(route), route + " in " + paths);
            }
            for (String path : paths) {
                if (api.get("paths").get(path).has("get")) {
                    String url = path.replace("/api/articles/{id}", "/api/articles/" + article).replace("{id}", smallest.id())
                            + (path.equals("/api/search") ? "?q=the" : "");
                    assertEquals(200, client.get(url).code(), url);
                }
            }
        });
    }

    @Test
    void malformedRequestsAreJsonErrorsWithoutAStackTrace() {
        served.serve((server, client) -> {
            for (String path : List.of("/api/search?q=%22unclosed", "/api/search?q=a&limit=-1", "/api/stories?from=2025-02-30",
                    "/api/stories/%00", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/stories/..%2Fdossier.db")) {
                var r = client.get(path);
                String body = r.body().string();
                assertTrue(r.code() == 400 || r.code() == 404, path + " answered " + r.code());
                assertTrue(body.startsWith("{"), path + " answered " + body);
                JsonNode e = Json.MAPPER.readTree(body).get("error");
                assertEquals(r.code(), e.get("status").asInt(), path);
                assertFalse(body.contains("at org.") || body.contains("Exception"), body);
            }
            var post = client.post("/api/ingest", "not a form");
            assertEquals(400, post.code());
            assertTrue(post.body().string().contains("multipart/form-data"));
        });
    }
}
