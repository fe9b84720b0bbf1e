package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which page data {@link AppData#of} takes: the first marker of the rule data's order the page holds, at its first
 * place, whatever stands before it in the page, and a marker looked for by its rare character as well as one
 * without any ({@code Fusion.globalContent=}).
 */
class AppDataMarkersTest {
    @Test
    void theEarlierListedMarkerWinsOverOneStandingBeforeItInThePage() {
        String page = "<p>snake_case_words and __dunder__ text</p>"
                + "<script>window.__INITIAL_STATE__={\"publishedAt\":\"2021-03-04\"}</script>"
                + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"datePublished\":\"2022-05-06\"}</script>";
        String data = AppData.of(page);
        assertTrue(data.startsWith("id=\"__NEXT_DATA__\""), data);
        assertTrue(data.contains("2022-05-06") && !data.contains("2021-03-04"), data);
    }

    @Test
    void aMarkerIsTakenAtItsFirstPlace() {
        String page = "<script>window.__NUXT__={\"a\":1}</script><script>window.__NUXT__={\"b\":2}</script>";
        assertEquals("window.__NUXT__={\"a\":1}", AppData.of(page));
    }

    @Test
    void aMarkerWithoutARareCharacterIsFoundToo() {
        String page = "<script>var Fusion=Fusion||{};Fusion.globalContent={\"display_date\":\"2020-01-02\"};</script>";
        String data = AppData.of(page);
        assertTrue(data.startsWith("Fusion.globalContent="), data);
    }

    @Test
    void aPageWithoutMarkersHasNoPageData() {
        assertNull(AppData.of("<html><body><p>window.__ nothing here _ at all Fusion.global</p></body></html>"));
        assertNull(AppData.of("__NEXT_DATA_"));
    }

    @Test
    void aMarkerQuotedInTheArticleTextIsNoPageData() {
        String page = "<html><body><p>Set window.__NUXT__ before the app starts.</p><script>var a=1;</script>"
                + "</body></html>";
        assertNull(AppData.of(page));
    }

    @Test
    void aKeyInsideALongerNameIsPassedOverForTheKeyItself() {
        String data = "{\"xdatePublished\":\"2020-01-01T00:00:00Z\",\"datePublished\":\"2021-02-03T10:00:00Z\"}";
        assertEquals("2021-02-03", AppData.dates(data).get(0).date().toString());
    }

    @Test
    void theFirstPublicationKeyWinsWhereverItStands() {
        String data = "{\"publishedAt\":\"2022-06-07T10:00:00Z\"," + "\"x\":1,".repeat(2_000)
                + "\"first_published_at\":\"2019-04-05T08:00:00Z\"}";
        assertEquals("2019-04-05", AppData.dates(data).get(0).date().toString());
    }

    @Test
    void dataWithoutAnyKeyHasNoDateAndNoAuthor() {
        String data = "{\"title\":\"A page\",\"published\":true}";
        assertTrue(AppData.dates(data).isEmpty());
        assertTrue(AppData.authors(data).isEmpty());
    }
}
