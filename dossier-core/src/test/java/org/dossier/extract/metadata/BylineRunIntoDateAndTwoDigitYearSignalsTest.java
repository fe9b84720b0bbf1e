package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Date lines of European papers: a byline the body opens with that runs into its publication label ("Par A (Lyon,
 * correspondante)Publié le …, modifié le …"), a day, month and two-digit year before a clock time ("12-03-24,
 * 18:42", DateParsing; with no time after it no date), and a
 * meta line whose name and date sit in elements of their own with no mark between them (MetaLines).
 */
class BylineRunIntoDateAndTwoDigitYearSignalsTest {
    @Test
    void aBylineRunningIntoItsPublicationLabelDatesThePage() throws Exception {
        Article a = read(page("fr", "Le Journal du Lac").title("Le marché couvert rouvre")
                .article("<h1>Le marché couvert rouvre</h1><p class=\"chapo\">Les travaux ont duré deux ans.</p><span class=\"meta__author\">Par Léa Fontaine (Annecy, correspondante)</span><span class=\"meta__date\">Publié le 9 avril 2024 à 06h10, modifié le 10 avril 2024 à 09h00</span>"));
        assertEquals(LocalDate.of(2024, 4, 9), a.published());
    }

    @Test
    void aDutchDateWithATwoDigitYearBeforeAClockTimeDatesThePage() throws Exception {
        Article a = read(page("nl", "Dagblad Zuid").title("Nieuwe sluis geopend")
                .article("<h1>Nieuwe sluis geopend</h1><p class=\"meta\"><time class=\"tijd\">07-05-24, 09:15</time> <span>Aangepast: 08-05-24, 11:02</span></p>"));
        assertEquals(LocalDate.of(2024, 5, 7), a.published());
    }

    @Test
    void aTwoDigitYearWithNoClockTimeIsNoDate() throws Exception {
        Article a = read(page("nl", "Dagblad Zuid").title("Uitslagen")
                .article("<h1>Uitslagen</h1><p class=\"stand\">Stand 12-03-24</p>"));
        assertEquals(null, a.published());
    }

    @Test
    void aMetaLinesNameAndDateInElementsOfTheirOwnNameTheWriter() throws Exception {
        assertEquals(List.of("Joris Veenstra"), read(page("nl", "Dagblad Zuid").title("Nieuwe sluis geopend")
                .article("<h1>Nieuwe sluis geopend</h1><p class=\"article__meta\"><span class=\"article__source\">Joris Veenstra</span> <time class=\"article__time\">07-05-24, 09:15</time></p>")).authors());
    }
}
