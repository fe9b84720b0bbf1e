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
 * Names an analyst reads at once and a tagger does not: a named wildfire is an event, a fire agency that speaks a
 * body ({@link HappeningNames}); a tagger's fragment of a longer name the story writes whole is that name
 * ({@link NameFragments}); a state's abbreviation is the state ({@link KnownNames}); a police force named in its own
 * language an organisation ({@link TypeRules}).
 */
class NamedFiresStatesAndFragmentsTest {
    @Test
    void aNamedWildfireThatNeverSpeaksIsAnEvent() {
        List<Entity> e = resolve(article("a", "The Harrow Creek Fire grew to 900 acres overnight. By Tuesday the"
                + " Harrow Creek Fire was 20% contained.").entity("Harrow Creek Fire", "ORGANIZATION").build());
        assertEquals("MISC", named(e, "Harrow Creek Fire").type(), e.toString());
    }

    @Test
    void aFireAgencyThatSpeaksStaysAnOrganisation() {
        List<Entity> e = resolve(article("a", "Crews held the line near Dunmore, Mesa Fire said on Tuesday. The Dunmore"
                + " Fire had burned 300 acres.").entity("Mesa Fire", "ORGANIZATION")
                .entity("Dunmore Fire", "ORGANIZATION").build());
        assertEquals("ORGANIZATION", named(e, "Mesa Fire").type(), e.toString());
        assertEquals("MISC", named(e, "Dunmore Fire").type(), e.toString());
    }

    @Test
    void anAgencyInAnAppositionStaysAnOrganisation() {
        List<Entity> e = resolve(article("a", "Evacuations widened, according to the county rescue agency, Lorne Fire.")
                .entity("Lorne Fire", "ORGANIZATION").build());
        assertEquals("ORGANIZATION", named(e, "Lorne Fire").type(), e.toString());
    }

    @Test
    void aFragmentThatTheTextContinuesWithTheRestOfALongerNameIsThatName() {
        List<Entity> e = resolve(
                article("a", "Officials of the regional agency, Nord Fire, ordered new evacuations.")
                        .entity("Nord Fire", "ORGANIZATION").build(),
                article("b", "Containment stood at 30% on Friday, Nord Fire said.").entity("Nord", "LOCATION").build());
        assertNull(named(e, "Nord"), e.toString());
        Entity whole = named(e, "Nord Fire");
        assertNotNull(whole, e.toString());
        assertEquals(List.of("a", "b"), whole.articles().stream().sorted().toList(), e.toString());
    }

    @Test
    void aFragmentNotFollowedByTheRestOfTheNameStaysItself() {
        List<Entity> e = resolve(
                article("a", "The Nord Fire agency said little.").entity("Nord Fire", "ORGANIZATION").build(),
                article("b", "Rain fell over Nord on Friday.").entity("Nord", "LOCATION").build());
        assertNotNull(named(e, "Nord"), e.toString());
    }

    @Test
    void aStateAbbreviationIsTheStatesEntity() {
        List<Entity> e = resolve(
                article("a", "OAKDALE, Fla. \u2014 Floodwater rose overnight.").entity("Fla.", "LOCATION").build(),
                article("b", "Floodwater rose in northern Florida.").entity("Florida", "LOCATION").build());
        Entity state = named(e, "Florida");
        assertNotNull(state, e.toString());
        assertTrue(state.variants().contains("Fla."), e.toString());
        assertNull(named(e, "Fla."), e.toString());
    }

    @Test
    void anAbbreviationWithoutItsDotIsNoState() {
        List<Entity> e = resolve(article("a", "Miss Ellery spoke first.").entity("Miss Ellery", "PERSON").build());
        assertNull(named(e, "Mississippi"), e.toString());
    }

    @Test
    void aPoliceForceNamedInItsOwnLanguageIsAnOrganisation() {
        List<Entity> e = resolve(article("a", "Two bodies were found, according to the Gendarmerie du Valmont.")
                .entity("Gendarmerie du Valmont", "MISC").build());
        assertEquals("ORGANIZATION", named(e, "Gendarmerie du Valmont").type(), e.toString());
    }
}
