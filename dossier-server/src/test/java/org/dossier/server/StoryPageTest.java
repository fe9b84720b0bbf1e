package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/** The story page on a dossier made by hand: citations lead to the cited span, and hostile text stays text. */
class StoryPageTest {
    static final String HOSTILE = "<script>alert(1)</script> Dam breach";

    static StoryDossier dossier() {
        var article = new StoryDossier.ArticleRef("a1", HOSTILE, "<b>Outlet</b>", LocalDate.of(2024, 5, 3), "x.html",
                "en", List.of(), null, null, LocalDate.of(2024, 5, 3), null);
        var entity = new StoryDossier.Entity("<img src=x onerror=alert(2)>", "PERSON", List.of("Ana"), List.of(),
                List.of("a1"), List.of(new Span("a1", 12, 20), new Span("a1", 40, 44)));
        var undated = new StoryDossier.Entity("Basin", "LOCATION", List.of("Basin"), List.of(), List.of("a1"), List.of());
        return new StoryDossier("s-a1", HOSTILE, new StoryDossier.DateRange(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 3)),
                List.of(article), List.of(entity, undated), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void citationsLeadToTheFirstCitedSpanOnTheArticlePage() {
        String page = StoryPage.render(dossier());
        assertTrue(page.contains("href=\"/articles/a1?start=12&amp;end=20#span-12-20\""), page);
        assertTrue(page.contains("href=\"/articles/a1\""), "a citation without a span leads to the article: " + page);
        assertFalse(page.contains("href=\"#s-a1-a1\""), page);
    }

    @Test
    void hostileTitlesAndNamesStayText() {
        String page = StoryPage.render(dossier());
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("<b>Outlet"), page);
        assertTrue(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Dam breach · Dossier</title>"), page);
        assertEquals(1, page.split("<script", -1).length - 1, "only the server's own script: " + page);
    }

    @Test
    void articleLinkReadsTheFirstSpanOfACitationTitle() {
        assertEquals("/articles/a1?start=3&end=9#span-3-9", StoryPage.articleLink("a1", "a1 chars 3–9, 20–25"));
        assertEquals("/articles/a%2Fb", StoryPage.articleLink("a/b", "a/b"));
    }
}
