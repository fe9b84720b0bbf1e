package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A byline's place after the names ("By A in Brussels", "Par A à Lyon") is no part of them, in a visible byline line
 * and in a byline element; lead-ins naming the writer's post ("Door onze redacteur", "Ein Beitrag von") open a
 * byline.
 */
class BylinePlaceAndLeadInSignalsTest {
    @Test
    void aPlaceAfterTheNamesInABylineLineIsNotPartOfThem() throws Exception {
        assertEquals(List.of("Mara Quill"), read(page("en", "Lakeside Herald").title("Port strike ends")
                .article("<h1>Port strike ends</h1><p class='meta'>By Mara Quill in Brussels</p>")).authors());
        assertEquals(List.of("Claire Vautrin"), read(page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                .article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire Vautrin à Lyon</p>")).authors());
    }

    @Test
    void aPlaceAfterTheNameInABylineElementIsNotPartOfIt() throws Exception {
        assertEquals(List.of("Jana Feldkamp"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><div class='autor'>Jana Feldkamp in Berlin</div>")).authors());
    }

    @Test
    void leadInsNamingTheWritersPostOpenAByline() throws Exception {
        assertEquals(List.of("Sanne de Wit"), read(page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                .article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Door onze redacteur Sanne de Wit</p>")).authors());
        assertEquals(List.of("Jana Feldkamp"), read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><p class='meta'>Ein Beitrag von Jana Feldkamp</p>")).authors());
    }
}
