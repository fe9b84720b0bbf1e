package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Visible byline lines in a plain paragraph: a writer's label before the name ("Author: A", "Auteur : A",
 * "Autorin: A"), an interviewer's or a text's lead-in ("Propos recueillis par A", "Testo di A, foto di B"), a
 * byline in capitals, a family name in capitals, and a job title after a dash in a byline element.
 */
class WriterLabelBylineSignalsTest {
    @Test
    void aWritersLabelBeforeTheNameOpensAByline() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"en", "Author: Mara Quill", "Mara Quill"},
                new String[] {"nl", "Auteur: Sanne de Wit", "Sanne de Wit"},
                new String[] {"de", "Autorin: Jana Feldkamp", "Jana Feldkamp"},
                new String[] {"it", "Autore: Giulia Ferrante", "Giulia Ferrante"},
                new String[] {"fr", "Auteur : Claire Vautrin", "Claire Vautrin"});
        for (String[] c : cases) {
            assertEquals(List.of(c[2]), read(page(c[0], "Valmer Gazette").title("Harbour wall to be rebuilt")
                    .article("<h1>Harbour wall to be rebuilt</h1><p class='meta'>" + c[1] + "</p>")).authors(), c[0]);
        }
    }

    @Test
    void anInterviewersOrATextsLeadInOpensAByline() throws Exception {
        assertEquals(List.of("Claire Vautrin"), read(page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                .article("<h1>Le pont sera rénové</h1><p class='meta'>Propos recueillis par Claire Vautrin</p>")).authors());
        assertEquals(List.of("Giulia Ferrante"), read(page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                .article("<h1>Il ponte sarà ristrutturato</h1><p class='meta'>Testo di Giulia Ferrante, foto di Marco Alessi</p>"))
                .authors());
    }

    @Test
    void aBylineLineInCapitalsNamesThePersonInTitleCase() throws Exception {
        assertEquals(List.of("Lucía Herrero"), read(page("es", "Diario de Almenara").title("El puente será reformado")
                .article("<h1>El puente será reformado</h1><p class='meta'>POR LUCÍA HERRERO</p>")).authors());
    }

    @Test
    void aJobTitleAfterADashInABylineElementIsNoName() throws Exception {
        assertEquals(List.of("Mara Quill"), read(page("en", "Lakeside Herald").title("School roof to be replaced")
                .article("<h1>School roof to be replaced</h1><div class='author'>Mara Quill - Education Editor</div>")).authors());
    }

    @Test
    void aFamilyNameWrittenInCapitalsIsGivenInTitleCase() throws Exception {
        assertEquals(List.of("Claire Vautrin"), read(page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                .article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire VAUTRIN</p>")).authors());
        assertEquals(List.of("Alessi Marco", "Giulia Ferrante"), read(page("it", "Gazzetta di Valfonda")
                .title("Il ponte sarà ristrutturato").article("<h1>Il ponte sarà ristrutturato</h1>"
                        + "<div class='autore'>ALESSI Marco, Giulia FERRANTE</div>")).authors());
    }
}
