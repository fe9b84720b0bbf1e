package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A date labelled by the plain word for "date" in Danish, Norwegian, German, Dutch or Swedish ("Dato:", "Datum:")
 * is the page's date, before a later date the text names (the labels are data in date-labels.txt).
 */
class DateWordLabelSignalsTest {
    @Test
    void aDateAfterTheWordDatoIsThePublicationDate() throws Exception {
        assertEquals(LocalDate.of(2024, 5, 3), read(page("da", "Styrelsen for Havne").title("Nye regler for lystbåde")
                .article("<h1>Nye regler for lystbåde</h1><p class=\"meta\">Nyhed | Dato: 03.05.2024</p><p>Reglerne træder i kraft 1. marts 2025.</p>")).published());
    }

    @Test
    void aDateAfterTheWordDatumIsThePublicationDate() throws Exception {
        assertEquals(LocalDate.of(2024, 2, 7), read(page("nl", "Waterschap Test").title("Dijk krijgt nieuwe sluis")
                .article("<h1>Dijk krijgt nieuwe sluis</h1><p class=\"meta\">Persbericht | Datum: 07-02-2024</p><p>De bouw start op 1 oktober 2025.</p>")).published());
    }
}
