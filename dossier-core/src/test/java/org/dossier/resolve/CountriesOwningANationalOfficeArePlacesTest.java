package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * A one-word name the tagger read as an organisation but the story writes as the possessor of a country's office
 * ("Orvania's finance minister", "Orvania's central bank") is a place, never the short form of an organisation
 * whose name opens with it ("Orvania Federation of Trade Unions"). First read: the country was listed as another
 * name of the federation.
 */
class CountriesOwningANationalOfficeArePlacesTest {
    @Test
    void aNameOwningAFinanceMinisterIsAPlaceNotAFederationsShortForm() {
        List<Entity> e = resolve(article("a", "Orvania's finance minister, Petra Lund, spoke on Monday. The Orvania"
                + " Federation of Trade Unions called a rally.").entity("Orvania Federation of Trade Unions", "ORGANIZATION")
                .entity("Orvania", "ORGANIZATION").person("Petra Lund").build());
        Entity federation = named(e, "Orvania Federation of Trade Unions");
        assertFalse(federation.variants().contains("Orvania"), e.toString());
        assertEquals("LOCATION", named(e, "Orvania").type(), e.toString());
    }

    @Test
    void aCompanyNameOwningNoNationalOfficeStaysTheOrganisationsShortForm() {
        List<Entity> e = resolve(article("a", "Orvania's chief executive spoke on Monday. The Orvania Federation of"
                + " Trade Unions called a rally.").entity("Orvania Federation of Trade Unions", "ORGANIZATION")
                .entity("Orvania", "ORGANIZATION").build());
        Entity federation = named(e, "Orvania Federation of Trade Unions");
        assertEquals(List.of("Orvania Federation of Trade Unions", "Orvania"), federation.variants(), e.toString());
    }
}
