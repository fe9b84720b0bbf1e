package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bylines first met in metadata set 16: a role between two names ("Par A, envoyée spéciale à X, et B"), the outlet
 * after the names ("Por A e B, Jornal do X — Place"), and a bare name in an element classed with the Swedish or
 * Danish word for author (html-semantics.txt author-class).
 */
class BylineJoinSignalsTest {
    @Test
    void aRoleBetweenTwoNamesEndsNeitherName() throws Exception {
        assertEquals(List.of("Inès Garnier", "Paul Roche"), read(page("fr", "La Gazette du Test").title("Tbilissi dans la rue")
                .article("<h1>Tbilissi dans la rue</h1><p class='signature'>Par Inès Garnier, envoyée spéciale à "
                        + "Tbilissi, et Paul Roche</p>")).authors());
        assertEquals(List.of("Dana Whit", "Omar Bey"), read(page("en", "Valley Test Post").title("Mill reopens")
                .article("<h1>Mill reopens</h1><p class='signature'>By Dana Whit, staff writer, and Omar Bey</p>")).authors());
    }

    @Test
    void theOutletAfterTheNamesLeavesTheNames() throws Exception {
        assertEquals(List.of("Rita Sousa", "Nuno Cruz"), read(page("pt", "Jornal da Serra").title("Neve fecha estradas")
                .article("<h1>Neve fecha estradas</h1><p class='content-publication-data__from'>Por Rita Sousa e Nuno "
                        + "Cruz, Diário do Minho — Braga</p>")).authors());
    }

    @Test
    void aNameInAnElementClassedAsTheAuthorInSwedishOrDanishIsTheAuthor() throws Exception {
        assertEquals(List.of("Nils Ek"), read(page("sv", "Testbladet").title("Bron stängs i helgen")
                .article("<h1>Bron stängs i helgen</h1><div class='meta'><span class='forfattare'>Nils Ek</span> "
                        + "<time datetime='2024-03-08T11:20:00+01:00'>2 timmar sedan</time></div>")).authors());
        assertEquals(List.of("Lise Krog"), read(page("da", "Testavisen").title("Færgen sejler igen")
                .article("<h1>Færgen sejler igen</h1><div class='meta'><span class='forfatter'>Lise Krog</span> "
                        + "<time datetime='2024-03-06T13:00:00+01:00'>for 3 timer siden</time></div>")).authors());
    }
}
