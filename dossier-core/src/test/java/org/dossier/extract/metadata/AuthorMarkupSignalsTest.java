package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Author markup of news CMSs read: a link classed as the author's link ("author-link"), Cxense's author meta tag,
 * a byline label and the name in elements of their own set side by side ("Autor:" "Jana Feldkamp"), and a byline
 * whose picture credit follows a comma ("Text: A, Fotos: B").
 */
class AuthorMarkupSignalsTest {
    @Test
    void aLinkClassedAsTheAuthorsLinkNamesTheAuthor() throws Exception {
        assertEquals(List.of("Mara Quill"), read(page("en", "Lakeside Herald").title("School roof to be replaced")
                .article("<h1>School roof to be replaced</h1><div class='article-meta'><span class='sr-only'>By</span>"
                        + "<a href='/staff/mara' class='author-link'>Mara Quill</a></div>")).authors());
        assertEquals(List.of("Claire Vautrin"), read(page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                .article("<h1>Le pont sera rénové</h1><p class='meta'><a href='/equipe/claire' class='auteur-link'>Claire Vautrin</a></p>"))
                .authors());
    }

    @Test
    void cxensesAuthorMetaNamesTheAuthor() throws Exception {
        assertEquals(List.of("Ola Brekke"), read(page("nb", "Fjordposten").title("Ny bro over fjorden åpner i høst")
                .meta("cXenseParse:author", "Ola Brekke").article("<h1>Ny bro over fjorden åpner i høst</h1>")).authors());
    }

    @Test
    void aLabelAndANameSetSideBySideInElementsOfTheirOwnAreAByline() throws Exception {
        assertEquals(List.of("Jana Feldkamp"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><div class='article-info'><span>Autor:</span><span>Jana Feldkamp</span></div>"))
                .authors());
        assertEquals(List.of("Lucía Herrero"), read(page("es", "Diario de Almenara").title("El puente será reformado")
                .article("<h1>El puente será reformado</h1><div class='info'><b>Texto:</b><b>Lucía Herrero</b></div>")).authors());
    }

    @Test
    void aPictureCreditAfterACommaEndsTheBylinesNames() throws Exception {
        assertEquals(List.of("Jana Feldkamp"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><p class='meta'>Text: Jana Feldkamp, Fotos: Moritz Ebel</p>")).authors());
        assertEquals(List.of("Mara Quill"), read(page("en", "Lakeside Herald").title("School roof to be replaced")
                .article("<h1>School roof to be replaced</h1><p class='meta'>By Mara Quill, Photos: Tobi Renn</p>")).authors());
    }
}
