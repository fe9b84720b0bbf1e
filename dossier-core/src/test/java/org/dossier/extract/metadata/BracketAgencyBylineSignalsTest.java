package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.junit.jupiter.api.Test;

/**
 * A visible byline line that closes with its agency in brackets ("Por A (EFE)", "Von A (dpa/AFP)"): the person is
 * the author and the agency is credited as one.
 */
class BracketAgencyBylineSignalsTest {
    @Test
    void aBylineLinesBracketedAgencyIsCreditedAndThePersonIsTheAuthor() throws Exception {
        Article es = read(page("es", "Diario de Almenara").title("El puente será reformado")
                .article("<h1>El puente será reformado</h1><p class='meta'>Por Lucía Herrero (EFE)</p>"));
        assertEquals(List.of("Lucía Herrero"), es.authors());
        assertTrue(es.credits().contains(new Credit(Credit.Kind.AGENCY, "EFE", "Por Lucía Herrero (EFE)")),
                es.credits().toString());
        Article de = read(page("de", "Auenblatt").title("Brücke wird saniert")
                .article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp (dpa/AFP)</p>"));
        assertEquals(List.of("Jana Feldkamp"), de.authors());
        assertTrue(de.credits().stream().filter(c -> c.kind() == Credit.Kind.AGENCY).map(Credit::name).toList()
                .containsAll(List.of("dpa", "AFP")), de.credits().toString());
    }

    @Test
    void aBracketedAgencyAfterItsWithWordIsCredited() throws Exception {
        Article fr = read(page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                .article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire Vautrin (avec AFP)</p>"));
        assertEquals(List.of("Claire Vautrin"), fr.authors());
        assertTrue(fr.credits().stream().anyMatch(c -> c.kind() == Credit.Kind.AGENCY && c.name().equals("AFP")),
                fr.credits().toString());
    }
}
