package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * One page-level metadata signal per test, on short pages built at run time: the date of the last change when no
 * publication date is stated, a byline whose name and role sit in elements of their own, the site's own name in a
 * byline, a byline line that holds its dates, author labels and classes in other languages.
 */
class MetadataSignalsTest {
    @Test
    void aModifiedMetaDatesAPageThatStatesNoPublicationDate() throws Exception {
        Article a = read(page("en", "Daily Example").title("Roadworks delayed again")
                .meta("article:modified_time", "2022-03-05T10:00:00Z")
                .article("<h1>Roadworks delayed again</h1>"));
        assertEquals(LocalDate.of(2022, 3, 5), a.published());
    }

    @Test
    void aPublicationDateBeatsALaterModifiedDate() throws Exception {
        Article a = read(page("en", "Daily Example").title("Roadworks delayed again")
                .meta("article:published_time", "2022-03-01T10:00:00Z")
                .meta("article:modified_time", "2022-03-05T10:00:00Z")
                .article("<h1>Roadworks delayed again</h1>"));
        assertEquals(LocalDate.of(2022, 3, 1), a.published());
    }

    @Test
    void aGermanUpdatedLineDatesAPageWithNothingElse() throws Exception {
        Article a = read(page("de", "Beispielblatt").title("Brücke bleibt gesperrt")
                .article("<h1>Brücke bleibt gesperrt</h1><p class=\"info\">Aktualisiert am 12.03.2021 um 09:10 Uhr</p>"));
        assertEquals(LocalDate.of(2021, 3, 12), a.published());
    }

    @Test
    void aBylineWithNameAndRoleInChildElementsGivesTheName() throws Exception {
        Article a = read(page("en", "Daily Example").title("Port strike ends")
                .article("<h1>Port strike ends</h1><div class=\"byline\"><span>By Nadia Karim</span>"
                        + "<span>Business reporter</span></div>"));
        assertEquals(List.of("Nadia Karim"), a.authors());
    }

    @Test
    void theSitesOwnNameInABylineIsNoAuthor() throws Exception {
        Article a = read(page("fr", "Le Journal d'Exemple").title("Un entrepôt en feu")
                .article("<h1>Un entrepôt en feu</h1><p>Par Le Journal d'Exemple avec AFP</p>"));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void aBylineLineHoldingPublicationAndUpdateGivesTheAuthorAndThePublicationDate() throws Exception {
        Article a = read(page("fr", "Le Journal d'Exemple").title("La ville ferme le pont")
                .article("<h1>La ville ferme le pont</h1><p>Par Jean Dupont, publié le 10 janvier 2022 à 14h05, "
                        + "mis à jour le 11 janvier 2022 à 09h00</p>"));
        assertEquals(List.of("Jean Dupont"), a.authors());
        assertEquals(LocalDate.of(2022, 1, 10), a.published());
        assertEquals(false, a.text().contains("Jean Dupont"), "the byline line is no body text");
    }

    @Test
    void aGermanAuthorClassAndLabel() throws Exception {
        Article a = read(page("de", "Beispielblatt").title("Museum zeigt alte Karten")
                .article("<h1>Museum zeigt alte Karten</h1><div class=\"autor\">Autor: Petra Klein</div>"));
        assertEquals(List.of("Petra Klein"), a.authors());
    }

    @Test
    void aJsonLdAuthorGivenByReferenceToAPersonNode() throws Exception {
        Article a = read(page("en", "Daily Example").title("Ferry timetable changes")
                .jsonLd("""
                        {"@context":"https://schema.org","@graph":[
                        {"@type":"NewsArticle","headline":"Ferry timetable changes","datePublished":"2022-01-10",
                         "author":{"@id":"https://example.org/#/person/1"}},
                        {"@type":"Person","@id":"https://example.org/#/person/1","name":"Grace Whitfield"}]}""")
                .article("<h1>Ferry timetable changes</h1>"));
        assertEquals(List.of("Grace Whitfield"), a.authors());
    }
}
