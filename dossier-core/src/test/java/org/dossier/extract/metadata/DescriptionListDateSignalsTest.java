package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description list that labels the page's dates ({@code <dt>Published</dt><dd>…</dd><dt>Updated</dt><dd>…</dd>}):
 * the term labelled as publication dates the page, the update's term only its last change, in either order; so do
 * a table's header cells beside their dates.
 */
class DescriptionListDateSignalsTest {
    @Test
    void thePublishedTermsDateDatesThePageNotTheUpdatedOne() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"en", "<dt>Published</dt><dd>14 March 2024</dd><dt>Updated</dt><dd>18 March 2024</dd>"},
                new String[] {"de", "<dt>Veröffentlicht</dt><dd>14. März 2024</dd><dt>Aktualisiert</dt><dd>18. März 2024</dd>"},
                new String[] {"fr", "<dt>Publié le</dt><dd>14 mars 2024</dd><dt>Mis à jour le</dt><dd>18 mars 2024</dd>"},
                new String[] {"it", "<dt>Pubblicato</dt><dd>14 marzo 2024</dd><dt>Aggiornato</dt><dd>18 marzo 2024</dd>"},
                new String[] {"nl", "<dt>Gepubliceerd</dt><dd>14 maart 2024</dd><dt>Bijgewerkt</dt><dd>18 maart 2024</dd>"});
        for (String[] c : cases) {
            assertEquals(LocalDate.of(2024, 3, 14), read(page(c[0], "Valmer Gazette").title("Library opens on Sundays")
                    .article("<h1>Library opens on Sundays</h1><dl class='meta'>" + c[1] + "</dl>")).published(), c[0]);
        }
    }

    @Test
    void anUpdateTermStatedFirstDoesNotDateThePage() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("es", "Diario de Almenara").title("La biblioteca abre los domingos")
                .article("<h1>La biblioteca abre los domingos</h1><dl><dt>Actualizado</dt><dd>18 de marzo de 2024</dd>"
                        + "<dt>Publicado</dt><dd>14 de marzo de 2024</dd></dl>")).published());
    }

    @Test
    void aTableRowsPublishedHeaderDatesThePageNotItsChangedRow() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><table class='meta'><tr><th>Veröffentlicht</th><td>14.03.2024</td></tr>"
                        + "<tr><th>Geändert</th><td>18.03.2024</td></tr></table>")).published());
        assertEquals(LocalDate.of(2024, 3, 14), read(page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                .article("<h1>Il ponte sarà ristrutturato</h1><table><tr><th>Aggiornato</th><td>18 marzo 2024</td></tr>"
                        + "<tr><th>Pubblicato</th><td>14 marzo 2024</td></tr></table>")).published());
    }
}
