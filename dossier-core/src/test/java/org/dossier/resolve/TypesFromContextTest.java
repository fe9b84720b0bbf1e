package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * Types and merges read from how a story writes a name: one-word names in a place frame ("in Leeds and
 * Manchester", "the council of Brackley") are places, hospitals are organisations, prizes are not, "the Courier" is
 * the Brackley Courier, a surname tagged as a place is the person, an article before a known country is dropped, and
 * a tagged description opening in lower case is no entity.
 */
class TypesFromContextTest {
    @Test
    void oneWordNamesInAPlaceFrameArePlaces() {
        List<Entity> e = resolve(article("a", "Passengers in Leeds and Manchester faced delays. The mayor of Carvell"
                + " spoke.").entity("Leeds", "ORGANIZATION").entity("Manchester", "ORGANIZATION")
                .entity("Carvell", "MISC").build());
        assertEquals("LOCATION", named(e, "Leeds").type(), e.toString());
        assertEquals("LOCATION", named(e, "Manchester").type(), e.toString());
        assertEquals("LOCATION", named(e, "Carvell").type(), e.toString());
    }

    @Test
    void aStakeInACompanyIsNoPlaceFrameAndAcronymsKeepTheirType() {
        List<Entity> e = resolve(article("a", "Halberg bought a stake in Trackline. Its staff in NRWU voted.")
                .entity("Trackline", "ORGANIZATION").entity("NRWU", "ORGANIZATION").build());
        assertEquals("ORGANIZATION", named(e, "Trackline").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "NRWU").type(), e.toString());
    }

    @Test
    void aHospitalIsAnOrganisationAndAPrizeIsNot() {
        List<Entity> e = resolve(article("a", "He worked at St Brennan's Hospital and won the Halden Prize.")
                .entity("St Brennan's Hospital", "LOCATION").entity("Halden Prize", "ORGANIZATION").build());
        assertEquals("ORGANIZATION", named(e, "St Brennan's Hospital").type(), e.toString());
        assertEquals("MISC", named(e, "Halden Prize").type(), e.toString());
    }

    @Test
    void theLastWordOfAnOrganisationAfterTheIsItsShortForm() {
        List<Entity> e = resolve(article("a", "The Brackley Courier reported the overspend. Janet Moss said the"
                + " Courier's figures were old.").entity("Brackley Courier", "ORGANIZATION")
                .entity("Courier", "LOCATION").person("Janet Moss").build());
        assertNull(named(e, "Courier"), e.toString());
        assertTrue(named(e, "Brackley Courier").variants().contains("Courier"), e.toString());
        assertEquals("ORGANIZATION", named(e, "Brackley Courier").type());
    }

    @Test
    void aPlaceAfterOfInABodysNameIsNoShortFormOfIt() {
        List<Entity> e = resolve(article("a", "The Social Council of the Netherlands met. Farmers in the Netherlands"
                + " protested.").entity("Social Council of the Netherlands", "ORGANIZATION")
                .entity("Netherlands", "LOCATION").build());
        assertNotNull(named(e, "Netherlands"), e.toString());
        assertEquals("LOCATION", named(e, "Netherlands").type());
    }

    @Test
    void aTownWrittenAsAPlaceIsNotThePapersShortForm() {
        List<Entity> e = resolve(article("a", "The Brackley Courier reported that the council of Brackley overspent.")
                .entity("Brackley Courier", "ORGANIZATION").entity("Brackley", "PERSON").build());
        assertEquals("LOCATION", named(e, "Brackley").type(), e.toString());
        assertEquals(List.of("Brackley Courier"), named(e, "Brackley Courier").variants());
    }

    @Test
    void aSurnameTaggedAsAPlaceIsThePerson() {
        List<Entity> e = resolve(article("a", "Le ministre Henri Lacombe est à Dakar. Lacombe doit ensuite se rendre"
                + " au Mali.").person("Henri Lacombe").entity("Lacombe", "LOCATION").entity("Dakar", "LOCATION")
                .entity("Mali", "LOCATION").build());
        assertNull(named(e, "Lacombe"), e.toString());
        assertTrue(named(e, "Henri Lacombe").variants().contains("Lacombe"), e.toString());
    }

    @Test
    void anArticleBeforeAKnownCountryIsDroppedAndANewspapersIsKept() {
        List<Entity> e = resolve(article("a", "La coopération entre la France et le Sénégal, écrit Le Monde, avance.")
                .entity("la France", "LOCATION").entity("Le Monde", "ORGANIZATION").build());
        assertNotNull(named(e, "France"), e.toString());
        assertNotNull(named(e, "Le Monde"), e.toString());
    }

    @Test
    void aTaggedDescriptionOpeningInLowerCaseIsNoEntityButANameParticleIs() {
        List<Entity> e = resolve(article("a", "Le ministre des Affaires étrangères est parti. Elle a vu Ineke van der"
                + " Berg et van der Berg a parlé.").entity("ministre des Affaires étrangères", "LOCATION")
                .person("Ineke van der Berg", "van der Berg").build());
        assertNull(named(e, "ministre des Affaires étrangères"), e.toString());
        assertNotNull(named(e, "Ineke van der Berg"), e.toString());
    }

    @Test
    void aNameEndingInAnEnergyWordIsACompanyWhateverTheTaggerSaid() {
        List<Entity> e = resolve(article("a", "Kessvale Énergie said the rain was unprecedented. Brandt Energy agreed."
                + " Kessvale Énergie runs the dam.").entity("Kessvale Énergie", "PERSON")
                .entity("Brandt Energy", "PERSON").build());
        assertEquals("ORGANIZATION", named(e, "Kessvale Énergie").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Brandt Energy").type(), e.toString());
    }
}
