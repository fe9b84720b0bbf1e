package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * One signal per test, on short pages built at run time, for the rules the eleventh metadata set led to: page data
 * under a marker written with single quotes or none, a "fullName" author field and Arc's credits, a relative date
 * after an agency on its line (against the fetch time only), "submitted by" lines, a time element classed only as
 * an update, dates glued to the element before them, the h1 over an og:title worded apart, a blog's name in the h1.
 */
class CmsTemplateSignalsTest {
    @Test
    void pageDataUnderASingleQuotedOrBareMarkerIsRead() throws Exception {
        for (String id : List.of("id='__NEXT_DATA__'", "id=__NEXT_DATA__")) {
            Article a = read(page("en", "Valley Bulletin").title("Ferry fares cut for students")
                    .article("<h1>Ferry fares cut for students</h1>")
                    .after("<script " + id + " type=application/json>{\"props\":{\"pageProps\":{\"post\":{\"publishedAt\":\"2023-06-02T08:00:00Z\",\"authors\":[{\"fullName\":\"Ilse Marnix\"}]}}}}</script>"));
            assertEquals(LocalDate.of(2023, 6, 2), a.published(), id);
            assertEquals(List.of("Ilse Marnix"), a.authors(), id);
        }
    }

    @Test
    void arcCreditsNameTheAuthorWhenNoBylineShows() throws Exception {
        Article a = read(page("en", "Harbour Ledger").title("Dock workers approve contract")
                .article("<h1>Dock workers approve contract</h1>")
                .after("<script>Fusion.globalContent={\"first_publish_date\":\"2023-06-03T10:00:00Z\",\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Oswin Tarrant\"}]}};</script>"));
        assertEquals(List.of("Oswin Tarrant"), a.authors());
    }

    @Test
    void aRelativeDateAfterAnAgencyDatesThePageOnlyAgainstTheFetchTime() throws Exception {
        PageBuilder p = page("de", "Elbtal Online").title("Fähre fällt wegen Hochwasser aus")
                .article("<h1>Fähre fällt wegen Hochwasser aus</h1><div class='meta'><span>dpa</span> · <span>vor 5 Stunden</span></div>");
        assertEquals(LocalDate.of(2023, 6, 4), read(p, "2023-06-04T12:00:00Z").published());
        assertNull(read(p).published());
    }

    @Test
    void aSubmittedByLineNamesTheWriterNotTheDate() throws Exception {
        Article a = read(page("nl", "Gemeente Veenhoven").title("Markt verhuist naar het plein")
                .article("<h1>Markt verhuist naar het plein</h1><div class='node__submitted'>Ingediend door <span>Wouter Kalf</span> op vr, 09/06/2023 - 10:15</div>"));
        assertEquals(List.of("Wouter Kalf"), a.authors());
    }

    @Test
    void aTimeClassedOnlyAsAnUpdateIsNoPublication() throws Exception {
        Article a = read(page("en", "Fen Notes").title("Swifts return to the church tower")
                .article("<h1>Swifts return to the church tower</h1><time class='updated' datetime='2023-06-09'>June 9, 2023</time><time class='entry-date published' datetime='2023-06-05'>June 5, 2023</time>"));
        assertEquals(LocalDate.of(2023, 6, 5), a.published());
        Article tagDiv = read(page("en", "Fen Notes").title("Swifts return to the church tower")
                .article("<h1>Swifts return to the church tower</h1><time class='entry-date updated td-module-date' datetime='2023-06-07'>June 7, 2023</time>"));
        assertEquals(LocalDate.of(2023, 6, 7), tagDiv.published());
    }

    @Test
    void aDateGluedToTheBylineBeforeItIsRead() throws Exception {
        Article a = read(page("en", "Moor Post").title("Quarry expansion refused")
                .article("<h1>Quarry expansion refused</h1><div class='meta'><a href='/x'>Agnes Thorley</a><span>June 6, 2023</span></div>"));
        assertEquals(LocalDate.of(2023, 6, 6), a.published());
    }

    @Test
    void theH1ThatTheDocumentTitleHoldsWinsOverAnOgTitleWordedApart() throws Exception {
        Article a = read(page("en", "Moor Post").title("Quarry expansion refused after long inquiry - Moor Post")
                .meta("og:title", "Inquiry says no to quarry")
                .article("<h1>Quarry expansion refused after long inquiry</h1>"));
        assertEquals("Quarry expansion refused after long inquiry", a.title());
    }

    @Test
    void aBlogNameInTheH1IsNoHeadline() throws Exception {
        Article a = read(page("en", "Hedgerow Journal").title("Hedgerow Journal: Sowing beans in June").bare()
                .top("<div class='header'><h1 class='title'><a href='/'>Hedgerow Journal</a></h1></div>")
                .article("<h3 class='post-title'>Sowing beans in June</h3>"));
        assertEquals("Sowing beans in June", a.title());
    }
}
