package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bylines first met in metadata set 17: an avatar link to an author's page naming the author only in its slug
 * (BylineElements.slugName, AuthorNames.fromSlug), a byline box whose text adds a place to the name's own element
 * (BylineElements.withoutExtended), a broadcaster's studio after the name ("NW-Landesstudio"), an outlet after a
 * dash, the French signature block, the Turkish writer and reporter classes and a CSS-in-JS contributor's name
 * (html-semantics.txt author-class, CompoundClasses.componentLabel), and the Turkish newsroom desk (credits.txt
 * not-person-word).
 */
class SlugAndBylineTailSignalsTest {
    @Test
    void anAvatarLinkToAnAuthorsPageNamesTheAuthorByItsSlug() throws Exception {
        assertEquals(List.of("Tobin Ashgrove"), read(page("en", "Test Vale News").title("Orchard sold")
                .article("<h1>Orchard sold</h1><div class='meta'><a href='/author/tobin-ashgrove/'><img src='/t.jpg' alt=''>"
                        + "</a> <time datetime='2026-04-01'>April 1, 2026</time></div>")).authors());
        assertEquals(List.of("Anouk de Vries"), read(page("nl", "Testkrant").title("Boomgaard verkocht")
                .article("<h1>Boomgaard verkocht</h1><div class='meta'><a href='/auteur/anouk-de-vries'><img src='/a.jpg' alt=''>"
                        + "</a> <time datetime='2026-04-01'>1 april 2026</time></div>")).authors());
    }

    @Test
    void aBylineBoxAddingAPlaceToTheNamesOwnElementNamesOnlyThePerson() throws Exception {
        assertEquals(List.of("Iker Sarasola"), read(page("es", "Televisión Prueba").title("Cierra el puerto de montaña")
                .article("<h1>Cierra el puerto de montaña</h1><div class='firma'><span class='autor'>Iker Sarasola</span> "
                        + "<span class='ciudad'>Huesca</span> <span class='hora'>10.01.2026 | 09:15</span></div>")).authors());
    }

    @Test
    void aStudioNamedWithTheBroadcastersAcronymIsNoAuthor() throws Exception {
        assertEquals(List.of("Jannik Oltmer"), read(page("de", "Testfunk").title("Fähre fällt aus")
                .article("<h1>Fähre fällt aus</h1><p class='authorline'>Von Jannik Oltmer, TF-Studio Lindenau</p>"))
                .authors());
    }

    @Test
    void theOutletAfterADashInWordsOfItsOwnLeavesTheNames() throws Exception {
        assertEquals(List.of("Gaëlle Morvan", "Tanguy Prigent"), read(page("fr", "Onde Test").title("Le port fermé")
                .article("<h1>Le port fermé</h1><div class='c-signature'><span class='c-signature__names'>Gaëlle Morvan, "
                        + "Tanguy Prigent - Onde Test Armor</span></div>")).authors());
    }

    @Test
    void aCssInJsClassLabelledAsAContributorsNameNamesTheAuthor() throws Exception {
        assertEquals(List.of("Cerys Penhallow"), read(page("en", "Test Broadcast News").title("Ferries cancelled")
                .article("<h1 id='main-heading' class='ssrcss-15xko80-StyledHeading e1fj1fc10'>Ferries cancelled</h1>"
                        + "<div class='ssrcss-1y8zs0z-BylineBlock'><div class='ssrcss-68pt20-Text-TextContributorName "
                        + "e8mq1e96'>Cerys Penhallow</div><div class='ssrcss-84ltp5-Text e1gzevf0'>Transport "
                        + "correspondent</div></div>")).authors());
    }

    @Test
    void turkishWriterAndReporterClassesNameTheAuthorsAndTheNewsCentreNoOne() throws Exception {
        assertEquals(List.of("Deniz Koç", "Ece Tan"), read(page("tr", "Test Gazetesi").title("Liman kapandı")
                .article("<h1>Liman kapandı</h1><div class='yazar'>Haber: Deniz Koç ve Ece Tan</div>")).authors());
        assertEquals(List.of("Onur Saka"), read(page("tr", "Test Haber").title("Köprü açıldı")
                .article("<h1>Köprü açıldı</h1><span class='muhabir'>Onur Saka</span>")).authors());
        assertEquals(List.of(), read(page("tr", "Test Ajans").title("Yol kapandı")
                .article("<h1>Yol kapandı</h1><span class='byline'>Haber Merkezi</span>")).authors());
    }
}
