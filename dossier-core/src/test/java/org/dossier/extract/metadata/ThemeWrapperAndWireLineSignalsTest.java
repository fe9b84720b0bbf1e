package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Dates and bodies first met in metadata set 17: a post wrapper whose class favours it holding only the headline and
 * its footer line, the paragraphs beside it (ProseMass); a hidden time classed "entry-date updated" before one
 * classed "entry-date published" (date-meta.txt time-published-own-word); a wire dateline after a short line naming
 * the agency (WireDateline.opening).
 */
class ThemeWrapperAndWireLineSignalsTest {
    @Test
    void aPostWrapperHoldingNoProseWidensToTheParagraphsBesideIt() throws Exception {
        Article a = read(page("en", "Moss Lane Diary").title("Moss Lane Diary: Hedgehogs in the garden")
                .article("<div class='date-outer'><h2 class='date-header'><span>Monday, May 4, 2026</span></h2>"
                        + "<div class='post hentry'><h3 class='post-title entry-title'>Hedgehogs in the garden</h3>"
                        + "<div class='post-footer'><span class='post-author'>Posted by Ivy Marsh at 9:40 AM</span></div></div></div>"));
        assertTrue(a.text().contains("debate that lasted more than four hours"), a.text());
        Article de = read(page("de", "Heidetagebuch").title("Heidetagebuch: Kraniche über dem Moor")
                .article("<div class='box'><p class='box-label'>Kurz notiert</p><div class='entry'><h2>Kraniche über dem Moor</h2>"
                        + "<div class='entry-meta'>Eingestellt von Ole Brand um 16:40</div></div></div>"));
        assertTrue(de.text().contains("vierstündigen Debatte"), de.text());
    }

    @Test
    void aTimeClassedUpdatedYieldsToOneClassedPublished() throws Exception {
        assertEquals(LocalDate.parse("2026-03-02"), read(page("en", "Test Quay").title("Pier reopens")
                .article("<h1 class='entry-title'>Pier reopens</h1><div class='hidden-meta'><time class='entry-date updated' "
                        + "datetime='2026-03-09T10:00:00Z'>March 9, 2026</time></div><div class='meta'><time "
                        + "class='entry-date published' datetime='2026-03-02T08:00:00Z'>March 2, 2026</time></div>"))
                .published());
        // a lone "entry-date updated" (tagDiv) is still the page's date
        assertEquals(LocalDate.parse("2026-03-09"), read(page("fr", "Le Test du Port").title("La jetée rouvre")
                .article("<h1 class='entry-title'>La jetée rouvre</h1><span class='td-post-date'><time class='entry-date "
                        + "updated td-module-date' datetime='2026-03-09T10:00:00+01:00'>9 mars 2026</time></span>"))
                .published());
    }

    @Test
    void aWireDatelineAfterAShortAgencyLineDatesThePage() throws Exception {
        assertEquals(LocalDate.parse("2026-01-14"), read(page("pt", "Rádio Teste").title("Porto fecha ao tráfego")
                .article("<h1>Porto fecha ao tráfego</h1><p>Agência Teste</p><p>Setúbal, 14 jan 2026 (AT) - O porto "
                        + "fechou ao tráfego esta quarta-feira por causa do mau tempo.</p>")).published());
        assertEquals(LocalDate.parse("2026-01-14"), read(page("es", "Onda Prueba").title("Cierra el puerto")
                .article("<h1>Cierra el puerto</h1><p>Agencia Prueba</p><p>Vigo, 14 ene (AP).- El puerto cerró este "
                        + "miércoles por el temporal.</p>"), "2026-01-14T18:00:00Z").published());
    }
}
