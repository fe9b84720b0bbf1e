package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Bylines and dates of regional papers' templates: a job title set after the name with no comma ("By A Staff
 * Writer", credits.txt role-word), a link to a staff page with a numeric id before the slug
 * ("/staff/2201/a-b/", html-semantics.txt author-path), the photographers of Arc's page data ("photos_by",
 * date-meta.txt app-data-other-role-key) no authors, and a dateline in a div whose class names the article
 * ("ArticlePage-datePublished") no body container.
 */
class WireAndRegionalTemplateSignalsTest {
    @Test
    void aJobTitleAfterTheNameWithNoCommaIsDropped() throws Exception {
        assertEquals(List.of("Hollis Brandt"), read(page("en", "Plains Dispatch").title("Silo collapses")
                .article("<h1>Silo collapses</h1><div class=\"meta\"><span class=\"tnt-byline\">By <a href=\"/users/profile/hb\">Hollis Brandt</a> Staff Writer</span></div>")).authors());
    }

    @Test
    void aStaffPageLinkWithANumericIdNamesTheAuthor() throws Exception {
        assertEquals(List.of("Marta Quell"), read(page("en", "River Register").title("Union approves deal")
                .article("<h1>Union approves deal</h1><div class=\"gnt_ar_by\"><a href=\"/staff/5120/marta-quell/\">Marta Quell</a><div class=\"gnt_ar_by_j\">River Register</div></div>")).authors());
    }

    @Test
    void thePhotographersOfArcsCreditsAreNoAuthors() throws Exception {
        assertEquals(List.of("Ines Harlow"), read(page("en", "Harbour Ledger").title("Ferry adds sailings")
                .head("<script>window.Fusion=window.Fusion||{};Fusion.globalContent={\"type\":\"story\",\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Ines Harlow\"}],\"photos_by\":[{\"type\":\"author\",\"name\":\"Otto Brisk\"}]}};</script>")
                .article("<h1>Ferry adds sailings</h1><div class=\"byline\">By <a href=\"/authors/ines-harlow/\">Ines Harlow</a> | Photos by Otto Brisk</div>")).authors());
    }

    @Test
    void aDatelineInADivClassedForTheArticleIsNoBody() throws Exception {
        Article a = read(page("en", "KQRS").title("Bridge reopens | KQRS")
                .article("<div class=\"ArticlePage-articleContainer\"><h1 class=\"ArticlePage-headline\">Bridge reopens</h1><div class=\"ArticlePage-datePublished\">Published June 4, 2024 at 7:40 AM CDT</div></div>"));
        assertEquals(LocalDate.of(2024, 6, 4), a.published());
        assertEquals(true, a.text().startsWith("The decision was taken"), a.text());
    }
}
