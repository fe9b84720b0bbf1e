package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A byline whose elements are set side by side with no space between: two people's elements are two names, a
 * name's given-name and family-name elements (or two one-word elements) one name, a name beside a job title the
 * name alone; list items and lines of a byline are apart as glued elements are.
 */
class GluedBylineSignalsTest {
    @Test
    void twoGluedAuthorSpansAreTwoPeople() throws Exception {
        assertEquals(List.of("Ana Ruiz", "Luis Pardo"), read(page("es", "Diario de Almenara")
                .title("El puente cierra por obras").article("<h1>El puente cierra por obras</h1>"
                        + "<div class='byline'><span class='author'>Ana Ruiz</span><span class='author'>Luis Pardo</span></div>"))
                .authors());
    }

    @Test
    void twoGluedLinksInAByLineAreTwoPeople() throws Exception {
        assertEquals(List.of("Ada Pimbrook", "Tom Vellacott"), read(page("en", "Fenwick Courier")
                .title("Bridge closes for repairs").article("<h1>Bridge closes for repairs</h1>"
                        + "<div class='author'>By <a href='/people/ada'>Ada Pimbrook</a><a href='/people/tom'>Tom Vellacott</a></div>"))
                .authors());
    }

    @Test
    void gluedGivenAndFamilyNameSpansAreOnePerson() throws Exception {
        assertEquals(List.of("Ada Pimbrook"), read(page("en", "Fenwick Courier").title("Bridge closes for repairs")
                .article("<h1>Bridge closes for repairs</h1><div class='byline'>By <span class='given-name'>Ada</span>"
                        + "<span class='family-name'>Pimbrook</span></div>")).authors());
        assertEquals(List.of("Jana Maria Feldkamp"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><div class='autor'>Von <span itemprop='givenName'>Jana Maria</span>"
                        + "<span itemprop='familyName'>Feldkamp</span></div>")).authors());
    }

    @Test
    void gluedOneWordAuthorSpansAreOnePerson() throws Exception {
        assertEquals(List.of("Ana Ruiz"), read(page("es", "Diario de Almenara").title("El puente cierra por obras")
                .article("<h1>El puente cierra por obras</h1><div class='byline'>Por <span class='author'>Ana</span>"
                        + "<span class='author'>Ruiz</span></div>")).authors());
    }

    @Test
    void aNameGluedToItsJobTitleIsTheNameAlone() throws Exception {
        assertEquals(List.of("Lucía Herrero"), read(page("es", "Diario de Almenara").title("El puente será reformado")
                .article("<h1>El puente será reformado</h1><div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
                        + "<span itemprop='name'>Lucía Herrero</span><span itemprop='jobTitle'>Redactora</span></div>"))
                .authors());
        assertEquals(List.of("Sanne de Wit"), read(page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                .article("<h1>Brug wordt gerenoveerd</h1><div class='author'><span>Sanne de Wit</span><span>Verslaggever</span></div>"))
                .authors());
    }

    @Test
    void listItemsOfABylineAreNamesApart() throws Exception {
        assertEquals(List.of("Jana Feldkamp", "Moritz Ebel"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><ul class='autoren'>\n<li>Jana Feldkamp</li>\n<li>Moritz Ebel</li>\n</ul>"))
                .authors());
    }

    @Test
    void aLineBreakPartsTheNameFromTheJobTitle() throws Exception {
        assertEquals(List.of("Ada Pimbrook"), read(page("en", "Fenwick Courier").title("Bridge closes for repairs")
                .article("<h1>Bridge closes for repairs</h1><div class='author'>Ada Pimbrook<br>Education correspondent</div>"))
                .authors());
    }

    @Test
    void aBylinesTextGluedToItsDateElementIsTheNameAlone() throws Exception {
        assertEquals(List.of("Mara Quill"), read(page("en", "Lakeside Herald").title("School roof to be replaced")
                .article("<h1>School roof to be replaced</h1><div class='byline'>By Mara Quill<time datetime='2024-03-10'>March 10, 2024</time></div>"))
                .authors());
        assertEquals(List.of("Jana Feldkamp"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><div class='autor'><a href='/autor/jana'>Jana Feldkamp</a>14. März 2024</div>"))
                .authors());
    }
}
