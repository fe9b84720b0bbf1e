package org.dossier.server;

import static org.dossier.server.ServedStore.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.Story;
import org.dossier.server.search.ArticleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search over a store filled from {@code examples/corpus}: the API finds an article by words of its text
 * with those words marked in the snippet and names its story; bad queries are 400s with a JSON error; the page
 * shows the hits; an index kept in a folder is made once and made again when the store's article count changes.
 * No NLP models are needed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SearchOverExampleCorpusTest {
    /** Three words of four letters or more in a row: a phrase of an article's text to search for. */
    static final Pattern PHRASE = Pattern.compile("\\p{L}{4,} \\p{L}{4,} \\p{L}{4,}");

    @TempDir static Path dir;
    static ServedStore served;
    static Story smallest;
    static Article article;
    static String phrase;

    @BeforeAll
    static void ingestTheExamples() throws Exception {
        served = ServedStore.ingesting(dir.resolve("data"), ServedStore.EXAMPLES);
        List<Story> stories = served.workspace.stories();
        smallest = stories.get(stories.size() - 1);
        article = served.store.article(smallest.articleIds().get(0)).orElseThrow();
        phrase = phraseOf(article.text());
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        served.catalogue.close();
        served.close();
    }

    static String phraseOf(String text) {
        Matcher m = PHRASE.matcher(text.substring(Math.min(text.length(), text.length() / 3)));
        if (!m.find()) {
            m = PHRASE.matcher(text);
            assertTrue(m.find(), text);
        }
        return m.group();
    }

    @Test
    void aPhraseOfAnArticleFindsItWithTheWordsMarkedAndItsStory() {
        served.serve((server, client) -> {
            JsonNode doc = Json.MAPPER.readTree(ok(client, "/api/search?q=" + Html.seg("\"" + phrase + "\"")));
            assertEquals("\"" + phrase + "\"", doc.get("query").asText());
            assertTrue(doc.get("total").asInt() >= 1, doc.toString());
            JsonNode hit = null;
            for (JsonNode h : doc.get("hits")) {
                if (h.get("article").asText().equals(article.id())) {
                    hit = h;
                }
            }
            assertTrue(hit != null, phrase + ": " + doc);
            assertEquals(smallest.id(), hit.get("story").asText());
            assertEquals(article.title(), hit.get("title").asText());
            String snippet = hit.get("snippet").asText();
            for (String word : phrase.split(" ")) {
                assertTrue(snippet.contains("<mark>" + word + "</mark>"), word + " in " + snippet);
            }
            List<String> stories = new ArrayList<>();
            doc.get("stories").forEach(s -> stories.add(s.asText()));
            assertTrue(stories.contains(smallest.id()), stories.toString());
        });
    }

    @Test
    void wordsOnlyAllMatchTogetherAndAbsentWordsFindNothing() {
        served.serve((server, client) -> {
            JsonNode none = Json.MAPPER.readTree(ok(client, "/api/search?q=" + Html.seg(phrase + " zzqxjv")));
            assertEquals(0, none.get("total").asInt());
            assertEquals(0, none.get("hits").size());
            JsonNode one = Json.MAPPER.readTree(ok(client, "/api/search?limit=1&q=" + Html.seg(phrase.split(" ")[0])));
            assertEquals(1, one.get("hits").size());
        });
    }

    @Test
    void badQueriesAreBadRequestsWithAJsonError() {
        served.serve((server, client) -> {
            for (String q : List.of("", "q=", "q=%20", "q=" + Html.seg("\"unclosed"), "q=" + Html.seg("(a OR"),
                    "q=" + Html.seg("AND"), "q=dam&limit=0", "q=dam&limit=101", "q=dam&limit=x")) {
                var r = client.get("/api/search?" + q);
                assertEquals(400, r.code(), q);
                assertTrue(r.headers().get("Content-Type").get(0).startsWith("application/json"), q);
                JsonNode e = Json.MAPPER.readTree(r.body().string()).get("error");
                assertEquals(400, e.get("status").asInt(), q);
                assertFalse(e.get("message").asText().isBlank(), q);
            }
            assertEquals(400, client.get("/search?q=" + Html.seg("\"unclosed")).code());
        });
    }

    @Test
    void hostileQueriesAreAnsweredWithHitsOrA400NeverA500() {
        served.serve((server, client) -> {
            for (String q : List.of("x".repeat(5_000), "(".repeat(900), "/a{999999}/", "/[a-z]{1,100}{1,100}/",
                    "b*a*".repeat(120), "dam~2 ".repeat(20), "dam ".repeat(200), "*", "~", "TCP/IP", "*:*")) {
                for (String path : List.of("/api/search?q=", "/search?q=")) {
                    var r = client.get(path + Html.seg(q));
                    int code = r.code();
                    assertTrue(code == 200 || code == 400, path + q.substring(0, Math.min(40, q.length())) + ": " + code);
                    if (code == 400 && path.startsWith("/api")) {
                        JsonNode e = Json.MAPPER.readTree(r.body().string()).get("error");
                        assertFalse(e.get("message").asText().contains("\n"), e.toString());
                    }
                }
            }
            assertEquals(400, client.get("/api/search?q=" + Html.seg("(".repeat(900))).code());
            assertEquals(414, client.get("/api/search?q=" + "x".repeat(100_000)).code(), "Jetty's bound on a URI");
            assertEquals(200, client.get("/api/search?q=" + Html.seg("TCP/IP")).code());
        });
    }

    @Test
    void theStoriesPageHasTheSearchBoxAndTheSearchPageShowsTheHits() {
        served.serve((server, client) -> {
            assertTrue(ok(client, "/").contains("<form class=\"search\" action=\"/search\" method=\"get\""));
            assertTrue(ok(client, "/search").contains("name=\"q\""));
            String page = ok(client, "/search?q=" + Html.seg("\"" + phrase + "\""));
            assertTrue(page.contains("<a class=\"hit\" href=\"/articles/" + Html.seg(article.id()) + "\">"), page);
            assertTrue(page.contains("<mark>" + phrase.split(" ")[0] + "</mark>"), page);
            assertTrue(page.contains("value=\"&quot;" + phrase + "&quot;\""), page);
        });
    }

    @Test
    void anIndexInAFolderIsMadeOnceAndCaughtUpOrMadeAgainFromTheStore() throws Exception {
        int n = served.store.articles().size();
        Path folder = dir.resolve("search-index");
        try (ArticleIndex made = ArticleIndex.open(folder)) {
            assertEquals(0, made.size());
            assertEquals(n, made.catchUp(served.store), "an index without a position is made from every article");
            assertEquals(n, made.size());
            assertEquals(served.store.lastSeq(), made.indexedSeq());
        }
        try (ArticleIndex kept = ArticleIndex.open(folder)) {
            assertEquals(0, kept.catchUp(served.store), "an index up to date is kept");
            assertEquals(n, kept.size());
            assertEquals(n, kept.rebuild(served.store));
            assertEquals(n, kept.size(), "a rebuild replaces, never doubles");
        }
        try (ServedStore other = ServedStore.ingesting(dir.resolve("other"), Path.of(served.store.articles().get(0).source()));
             ArticleIndex stale = ArticleIndex.open(folder)) {
            assertEquals(1, stale.catchUp(other.store), "an index ahead of its store (another store's) is made again");
            assertEquals(1, stale.size());
        }
    }
}
