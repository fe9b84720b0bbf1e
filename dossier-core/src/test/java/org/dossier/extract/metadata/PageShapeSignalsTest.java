package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The signals the twelfth metadata set showed missing, one behaviour a test, on small pages written for each: wire
 * datelines closed by an agency in slashes or with a full stop, and an agency's credit line above the dateline.
 */
class PageShapeSignalsTest {
    @Test
    void aSpanishWireDatelineWithAFullStopAfterTheAgencyIsDatedByTheFetchYear() throws Exception {
        Article a = PageBuilder.read(page("es", "Diario Test").title("Suben las pensiones")
                .article("<h1>Suben las pensiones</h1><p>Sevilla, 11 abr (EFE).- La Junta ha anunciado hoy una subida.</p>"),
                "2023-04-11T18:00:00Z");
        assertEquals(LocalDate.of(2023, 4, 11), a.published());
    }

    @Test
    void aWireDatelineClosedByAnAgencyInSlashesIsDatedByTheFetchYear() throws Exception {
        Article a = PageBuilder.read(page("ro", "Ziarul Test").title("Se deschide un nou spital")
                .article("<h1>Se deschide un nou spital</h1><p>Iași, 3 aprilie /Agerpres/ - Un nou spital se deschide luni.</p>"),
                "2023-04-03T10:00:00Z");
        assertEquals(LocalDate.of(2023, 4, 3), a.published());
    }

    @Test
    void theAgencyCreditLineAboveADatelineLeavesTheDatelineFirst() throws Exception {
        Article a = PageBuilder.read(page("cs", "Noviny Test").title("Parlament schválil zákon")
                .article("<h1>Parlament schválil zákon</h1><p>ČTK</p><p>Brno 4. dubna (ČTK) - Poslanci dnes schválili zákon.</p>"),
                "2023-04-04T09:00:00Z");
        assertEquals(LocalDate.of(2023, 4, 4), a.published());
        assertEquals(List.of(), a.authors());
    }
}
