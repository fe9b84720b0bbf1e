package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A byline line whose names run straight into a date label or a relative date, with no mark between ("Par A Publié
 * le …", "di A Pubblicato il …", "Door A Gisteren, 10:15"): the names end where the date begins, and a labelled date
 * still dates the page.
 */
class BylineThenDateSignalsTest {
    @Test
    void theNamesEndAtAPublicationLabelAndItsDateDatesThePage() throws Exception {
        Article fr = read(page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                .article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire Vautrin Publié le 14 mars 2024 à 10h15</p>"));
        assertEquals(List.of("Claire Vautrin"), fr.authors());
        assertEquals(LocalDate.of(2024, 3, 14), fr.published());
        Article it = read(page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                .article("<h1>Il ponte sarà ristrutturato</h1><p class='meta'>di Giulia Ferrante Pubblicato il 14 marzo 2024</p>"));
        assertEquals(List.of("Giulia Ferrante"), it.authors());
        assertEquals(LocalDate.of(2024, 3, 14), it.published());
    }

    @Test
    void theNamesEndAtAnUpdateLabel() throws Exception {
        assertEquals(List.of("Jana Feldkamp"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp Aktualisiert am 18.03.2024</p>")).authors());
    }

    @Test
    void theNamesEndAtARelativeDate() throws Exception {
        assertEquals(List.of("Sanne de Wit"), read(page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                .article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Door Sanne de Wit Gisteren, 10:15</p>")).authors());
        assertEquals(List.of("Mara Quill"), read(page("en", "Lakeside Herald").title("School roof to be replaced")
                .article("<h1>School roof to be replaced</h1><p class='meta'>By Mara Quill 3 hours ago</p>")).authors());
    }
}
