package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates around the headline that are not the article's, or are the article's in a shape first met in metadata set
 * 16: today's date over the masthead (the site's banner, date-meta.txt banner-class), an update label after the
 * byline and before the publication label, labels set against the names before them with no space, and a relative
 * time whose ISO time sits in a data attribute (date-meta.txt time-attribute).
 */
class MastheadAndLabelDateSignalsTest {
    @Test
    void todaysDateOverTheMastheadDatesNoArticle() throws Exception {
        assertEquals(LocalDate.of(2024, 4, 3), read(page("en", "Harbour Wire").title("Ferry services suspended")
                .top("<div class='topbar-date'>Thursday, April 4, 2024</div>")
                .article("<h1>Ferry services suspended</h1><p class='byline'>By Tomas Greer</p><p>AUCKLAND, April 3 "
                        + "(Harbour Wire) - Ferry services were suspended on Wednesday as gales hit the coast.</p>"),
                "2024-04-04T06:00:00Z").published());
        assertEquals(LocalDate.of(2024, 3, 19), read(page("nl", "Zeeuwse Post").title("Veerdienst vaart weer")
                .top("<div class='datum-vandaag'>Vrijdag 22 maart 2024</div>")
                .article("<h1>Veerdienst vaart weer</h1><p class='artikel-auteur'>Lotte Smit</p>"
                        + "<p class='artikel-datum'>19 maart 2024, 09:15</p>")).published());
    }

    @Test
    void aTimeElementOverTheMastheadIsNoArticlesTime() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 18), read(page("en", "Capital Evening").title("Budget vote delayed")
                .top("<time datetime='2024-03-22'>Friday, March 22, 2024</time>")
                .article("<h1>Budget vote delayed</h1><p class='byline'>By Ruth Emeka</p><p class='date'>March 18, 2024</p>"))
                .published());
    }

    @Test
    void aHeaderHoldingTheHeadlineIsNoMasthead() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 5), read(page("en", "Quarry Hill Notes").title("Quarry to close in June").bare()
                .top("<header class='entry-header'><h1>Quarry to close in June</h1><p class='byline'>By Ada Finch</p>"
                        + "<time datetime='2024-03-05T10:00:00Z'>March 5, 2024</time></header>")
                .article("")).published());
    }

    @Test
    void anUpdateLabelAfterTheBylineBeforeThePublicationLabelIsAChange() throws Exception {
        assertEquals(LocalDate.of(2024, 4, 8), read(page("it", "Il Tirreno Test").title("Nuovo porto turistico")
                .article("<h1>Nuovo porto turistico</h1><div class='meta'><span class='autore'>Luca Neri</span> "
                        + "<span class='data'>Aggiornato il 9 aprile 2024 alle 10:00</span> "
                        + "<span class='data'>Pubblicato il 8 aprile 2024 alle 19:30</span></div>")).published());
        assertEquals(LocalDate.of(2024, 4, 8), read(page("de", "Küstenbote").title("Hafen wird ausgebaggert")
                .article("<h1>Hafen wird ausgebaggert</h1><div class='meta'><span class='zeit'>zuletzt aktualisiert: "
                        + "09.04.2024, 10:00 Uhr</span> <span class='zeit'>erschienen am 08.04.2024, 19:30 Uhr</span></div>"))
                .published());
    }

    @Test
    void dateLabelsSetAgainstTheNamesBeforeThemAreRead() throws Exception {
        assertEquals(LocalDate.of(2024, 4, 8), read(page("pl", "Dziennik Testowy").title("Most otwarty po remoncie")
                .article("<h1>Most otwarty po remoncie</h1><div class='article-meta'><span class='author'>Ewa Maj</span>"
                        + "<span class='date'>Aktualizacja: 09.04.2024 10:00</span><span class='date'>Publikacja: "
                        + "08.04.2024 19:30</span></div>")).published());
    }

    @Test
    void aRelativeTimeIsDatedByTheIsoTimeInItsDataAttribute() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 11), read(page("en", "Harrow Vale Star").title("Market hall reopens")
                .article("<h1>Market hall reopens</h1><div class='article-meta'><span class='article-author'>Iris Dunn"
                        + "</span> <span class='ago' data-datetime='2024-03-11T13:40:00Z'>2 hours ago</span></div>"))
                .published());
        assertNull(read(page("en", "Harrow Vale Star").title("Market hall reopens")
                .article("<h1>Market hall reopens</h1><div class='article-meta'><span class='article-author'>Iris Dunn"
                        + "</span> <span class='ago' data-timestamp='1710164400000'>2 hours ago</span></div>"))
                .published(), "an epoch number is not read, and a relative date needs a fetch time");
    }
}
