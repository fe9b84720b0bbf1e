package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bylines that give a name and then, after a comma, the writer's job title in a language other than English: the
 * title is dropped and the name kept; guest pieces' lead-ins ('Gastbeitrag von A') credit A (both are data in
 * credits.txt).
 */
class RoleBylineSignalsTest {
    @Test
    void aSpanishOrPortugueseJobTitleAfterTheNameIsDropped() throws Exception {
        assertEquals(List.of("Lorena Vidal"), read(page("es", "La Ribera").title("Cierra la fábrica")
                .article("<h1>Cierra la fábrica</h1><p class=\"autor\">Lorena Vidal, Redactora Jefe</p>")).authors());
        assertEquals(List.of("Tiago Reis"), read(page("pt", "Folha do Douro").title("Vindima antecipada")
                .article("<h1>Vindima antecipada</h1><p class=\"autor\">Tiago Reis, Correspondente em Lamego</p>")).authors());
    }

    @Test
    void aGermanJobTitleAfterTheNameIsDropped() throws Exception {
        assertEquals(List.of("Greta Vogt"), read(page("de", "Elbkurier").title("Fähre fällt aus")
                .article("<h1>Fähre fällt aus</h1><p class=\"autor\">Greta Vogt, Lokalredakteurin</p>")).authors());
    }

    @Test
    void aGuestPiecesLeadInCreditsTheNameAfterIt() throws Exception {
        assertEquals(List.of("Jonas Falk"), read(page("de", "Weserland").title("Die Brücke muss bleiben")
                .article("<h1>Die Brücke muss bleiben</h1><p class=\"kicker\">Ein Gastbeitrag von Jonas Falk</p>")).authors());
        assertEquals(List.of("Lise Perrin"), read(page("fr", "Le Val").title("Sauvons la gare")
                .article("<h1>Sauvons la gare</h1><p class=\"auteur\">Une tribune de Lise Perrin</p>")).authors());
    }

    @Test
    void aJoomlaAuthorNameKeepsNotItsWrittenByLabel() throws Exception {
        assertEquals(List.of("Dora Kessel"), read(page("de", "Vogelsberg Aktuell").title("Markt zieht um")
                .article("<div class=\"item-page\"><h2 itemprop=\"headline\">Markt zieht um</h2><dl class=\"article-info\"><dd class=\"createdby\" itemprop=\"author\"><span itemprop=\"name\">Geschrieben von: Dora Kessel</span></dd></dl><div itemprop=\"articleBody\">")).authors());
    }
}
