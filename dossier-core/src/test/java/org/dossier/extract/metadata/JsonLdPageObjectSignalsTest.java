package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * JSON-LD beyond an article object's author and datePublished: a web page object dates and credits a page that
 * declares no article (a SEO plugin's WebPage), never one that does; an article naming no author names its creator.
 */
class JsonLdPageObjectSignalsTest {
    @Test
    void aWebPageObjectDatesAndCreditsAPageThatDeclaresNoArticle() throws Exception {
        Article a = read(page("en", "Lakeside Herald").title("School roof to be replaced")
                .jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"@id\":\"https://lakeside.test/roof/#webpage\","
                        + "\"datePublished\":\"2024-03-14T10:00:00+00:00\",\"dateModified\":\"2024-06-02T09:00:00+00:00\","
                        + "\"author\":{\"@id\":\"https://lakeside.test/#/person/7\"}},"
                        + "{\"@type\":\"Person\",\"@id\":\"https://lakeside.test/#/person/7\",\"name\":\"Mara Quill\"}]}")
                .meta("og:updated_time", "2024-06-02T09:00:00+00:00")
                .article("<h1>School roof to be replaced</h1>"));
        assertEquals(LocalDate.of(2024, 3, 14), a.published());
        assertEquals(List.of("Mara Quill"), a.authors());
    }

    @Test
    void aWebPageObjectsDateNeverOverridesTheArticlesOwn() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2024-03-10T10:00:00+01:00\"},"
                        + "{\"@type\":\"NewsArticle\",\"headline\":\"Brücke wird saniert\",\"datePublished\":\"2024-03-14T10:00:00+01:00\"}]}")
                .article("<h1>Brücke wird saniert</h1>")).published());
    }

    @Test
    void anArticleNamingNoAuthorIsCreditedToItsCreator() throws Exception {
        assertEquals(List.of("Giulia Ferrante"), read(page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Il ponte sarà ristrutturato\","
                        + "\"creator\":{\"@type\":\"Person\",\"name\":\"Giulia Ferrante\"}}")
                .article("<h1>Il ponte sarà ristrutturato</h1>")).authors());
    }
}
