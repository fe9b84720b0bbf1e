package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * A one-word name the tagger read as a person but the story writes as the possessor of a town's office ("Quenby's
 * mayor", "Quenby's council") is a place, unless the story also uses it as a person's name: a full name ending in
 * it, a title before it, or "said"/"he" after it.
 */
class TownsOwningAnOfficeArePlacesTest {
    @Test
    void aNameOwningAMayorIsAPlace() {
        List<Entity> e = resolve(article("a", "Flooding closed the ferry on Monday. Quenby's mayor, Ottilie Farr,"
                + " asked for patience.").entity("Quenby", "PERSON").person("Ottilie Farr").build());
        assertEquals("LOCATION", named(e, "Quenby").type(), e.toString());
        assertEquals("PERSON", named(e, "Ottilie Farr").type(), e.toString());
    }

    @Test
    void aSurnameOfAFullNameStaysThePersonsEvenBeforeAnOffice() {
        List<Entity> e = resolve(article("a", "Councillor Bram Quenby won the vote. Quenby's council allies"
                + " cheered.").person("Bram Quenby").entity("Quenby", "PERSON").build());
        assertNull(named(e, "Quenby"), e.toString());
        assertEquals(List.of("Bram Quenby", "Quenby"), named(e, "Bram Quenby").variants(), e.toString());
    }

    @Test
    void aNameThatSpeaksElsewhereStaysAPerson() {
        List<Entity> e = resolve(article("a", "Quenby's council met late. Quenby said she would not resign.")
                .entity("Quenby", "PERSON").build());
        assertEquals("PERSON", named(e, "Quenby").type(), e.toString());
    }

    @Test
    void aNameWithATitleElsewhereStaysAPerson() {
        List<Entity> e = resolve(article("a", "Ms Quenby chaired the meeting. Quenby's council then voted.")
                .entity("Quenby", "PERSON").build());
        assertEquals("PERSON", named(e, "Quenby").type(), e.toString());
    }
}
