package org.dossier.server;

import static org.dossier.server.ServedStore.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The stories list's filters and orders over {@code examples/corpus}, the same in {@code GET /api/stories} and on
 * the page: each story listed satisfies the filter, every story that satisfies it is listed, bad values are 400s,
 * and the page's next link keeps the filters. No NLP models are needed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StoryListFiltersTest {
    @TempDir static Path dir;
    static ServedStore served;

    @BeforeAll
    static void ingestTheExamples() throws Exception {
        served = ServedStore.ingesting(dir.resolve("data"), ServedStore.EXAMPLES);
    }

    @AfterAll
    static void closeTheStore() {
        served.close();
    }

    private static List<String> ids(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.get("stories").forEach(s -> out.add(s.get("id").asText()));
        return out;
    }

    /** The stories with an article that passes {@code test}, in the store's order. */
    private static List<String> storiesWith(java.util.function.Predicate<Article> test) throws Exception {
        List<String> out = new ArrayList<>();
        for (Story s : served.workspace.stories()) {
            for (String id : s.articleIds()) {
                if (test.test(served.store.article(id).orElseThrow())) {
                    out.add(s.id());
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void anOutletOrALanguageListsExactlyTheStoriesWithSuchAnArticle() throws Exception {
        Article sample = served.store.articles().stream().filter(a -> a.outlet() != null).findFirst().orElseThrow();
        List<String> byOutlet = storiesWith(a -> sample.outlet().equals(a.outlet()));
        String language = served.store.articles().get(served.store.articles().size() - 1).language();
        List<String> inLanguage = storiesWith(a -> language.equals(a.language()));
        served.serve((server, client) -> {
            assertEquals(byOutlet, ids(Json.MAPPER.readTree(ok(client, "/api/stories?outlet=" + Html.seg(sample.outlet())))));
            assertEquals(inLanguage, ids(Json.MAPPER.readTree(ok(client, "/api/stories?language=" + language))));
            assertEquals(0, Json.MAPPER.readTree(ok(client, "/api/stories?language=xx")).get("total").asInt());
            assertEquals(0, Json.MAPPER.readTree(ok(client, "/api/stories?outlet=nobody")).get("total").asInt());
            String page = ok(client, "/?language=" + language);
            assertTrue(page.contains(inLanguage.size() + (inLanguage.size() == 1 ? " story matches" : " stories match")), page);
            assertTrue(page.contains("<option value=\"" + language + "\" selected>"), page);
        });
    }

    @Test
    void aDateRangeListsTheStoriesWhoseSpanMeetsIt() throws Exception {
        LocalDate day = served.store.articles().stream().map(Article::published).filter(d -> d != null)
                .min(LocalDate::compareTo).orElseThrow();
        served.serve((server, client) -> {
            JsonNode doc = Json.MAPPER.readTree(ok(client, "/api/stories?from=" + day + "&to=" + day));
            assertTrue(doc.get("total").asInt() >= 1, doc.toString());
            doc.get("stories").forEach(s -> {
                assertTrue(s.get("first_date").asText().compareTo(day.toString()) <= 0, s.toString());
                assertTrue(s.get("last_date").asText().compareTo(day.toString()) >= 0, s.toString());
            });
            assertEquals(0, Json.MAPPER.readTree(ok(client, "/api/stories?from=2099-01-01")).get("total").asInt());
        });
    }

    @Test
    void aNameListsTheStoriesWhoseArticlesMentionIt() throws Exception {
        Story smallest = served.workspace.stories().get(served.workspace.stories().size() - 1);
        Article a = served.store.article(smallest.articleIds().get(0)).orElseThrow();
        String word = a.title().split("\\s+")[0].length() > 3 ? a.title().split("\\s+")[0] : a.title().split("\\s+")[1];
        List<String> mentioning = storiesWith(x -> (x.title() + " " + x.text()).toLowerCase().contains(word.toLowerCase()));
        served.serve((server, client) -> {
            List<String> listed = ids(Json.MAPPER.readTree(ok(client, "/api/stories?entity=" + Html.seg(word))));
            assertTrue(listed.contains(smallest.id()), listed + " for " + word);
            assertTrue(mentioning.containsAll(listed), listed + " vs " + mentioning);
            assertEquals(0, Json.MAPPER.readTree(ok(client, "/api/stories?entity=Zzyzxq")).get("total").asInt());
        });
    }

    @Test
    void ordersSortTheWholeListAndPagingKeepsTheFilters() throws Exception {
        served.serve((server, client) -> {
            JsonNode newest = Json.MAPPER.readTree(ok(client, "/api/stories?sort=newest"));
            String previous = "9999-12-31";
            for (JsonNode s : newest.get("stories")) {
                String last = s.get("last_date").isNull() ? "0000" : s.get("last_date").asText();
                assertTrue(last.compareTo(previous) <= 0, newest.toString());
                previous = last;
            }
            JsonNode titles = Json.MAPPER.readTree(ok(client, "/api/stories?sort=title"));
            List<String> t = new ArrayList<>();
            titles.get("stories").forEach(s -> t.add(s.get("title").asText()));
            assertEquals(t.stream().sorted().toList(), t);
            String page = ok(client, "/?language=en&sort=oldest&limit=1");
            assertTrue(page.contains("href=\"/?language=en&amp;sort=oldest&amp;offset=1&amp;limit=1\">next →</a>"), page);
        });
    }

    @Test
    void badFilterValuesAreBadRequestsWithAJsonError() {
        served.serve((server, client) -> {
            for (String q : List.of("from=yesterday", "to=2025-13-01", "from=2025-03-02&to=2025-03-01", "sort=random",
                    "entity=" + "x".repeat(501))) {
                var r = client.get("/api/stories?" + q);
                assertEquals(400, r.code(), q);
                assertEquals(400, Json.MAPPER.readTree(r.body().string()).get("error").get("status").asInt(), q);
            }
            assertEquals(400, client.get("/?sort=random").code());
        });
    }
}
