package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The signals the twelfth metadata set showed missing, one behaviour a test, on small pages written for each: wire
 * datelines closed by an agency in slashes or with a full stop, an agency's credit line above the dateline, names
 * after icons that stand for a person, dates parted from their neighbours only by icons.
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

    @Test
    void theNameAfterAPersonIconWithNoBylineWordIsTheAuthor() throws Exception {
        Article a = PageBuilder.read(page("de", "Lokal Test").title("Freibad öffnet früher")
                .article("<h1>Freibad öffnet früher</h1><div class='meta'><i class='fas fa-user-circle'></i> Greta Albers "
                        + "<i class='fas fa-calendar'></i> 02.05.2023</div>"));
        assertEquals(List.of("Greta Albers"), a.authors());
    }

    @Test
    void theNameAfterAMaterialPersonLigatureIsTheAuthor() throws Exception {
        Article a = PageBuilder.read(page("en", "Town Test").title("Skate park plans unveiled")
                .article("<h1>Skate park plans unveiled</h1><p class='info'><span class='material-icons-round'>person</span>"
                        + "<span>Dana Whitlow</span><span class='material-icons-round'>schedule</span><span>3 May 2023</span></p>"));
        assertEquals(List.of("Dana Whitlow"), a.authors());
    }

    @Test
    void aPersonIconInALoginLinkNamesNoAuthor() throws Exception {
        Article a = PageBuilder.read(page("en", "Town Test").title("Skate park plans unveiled")
                .top("<a class='account' href='/login'><i class='fa fa-user'></i> Sign In</a>")
                .article("<h1>Skate park plans unveiled</h1><p class='date'>3 May 2023</p>"));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void aDateGluedToTheTextsAroundItBetweenIconsIsRead() throws Exception {
        Article a = PageBuilder.read(page("es", "Diario Test").title("Abre la nueva biblioteca")
                .article("<h1>Abre la nueva biblioteca</h1><div class='info'><span>Marta Gil</span><i class='icon-calendar'></i>"
                        + "<span>09/05/2023</span><i class='icon-eye'></i><span>312</span></div>"));
        assertEquals(LocalDate.of(2023, 5, 9), a.published());
    }
}
