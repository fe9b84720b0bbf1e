package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * A tagger's MISC fragment that is a party's name with its last word made an adjective ("Forward Socialist leader",
 * beside the Forward Socialists) is no entity of its own but an attribute of that party; a name that only shares the
 * first word stays an entity.
 */
class PartyAdjectivesJoinTheirPartyTest {
    @Test
    void aPartysAdjectiveBeforeANounIsAnAttributeOfTheParty() {
        List<Entity> e = resolve(article("a", "The Forward Socialists lost ground. Forward Socialist leader Pell Varo"
                + " conceded.").entity("Forward Socialists", "ORGANIZATION").entity("Forward Socialist", "MISC")
                .person("Pell Varo").build());
        assertNull(named(e, "Forward Socialist"), e.toString());
        assertNotNull(named(e, "Forward Socialists"), e.toString());
        assertEquals(List.of("Forward Socialist"), named(e, "Forward Socialists").attributes(), e.toString());
    }

    @Test
    void aNameSharingOnlyItsFirstWordWithAPartyStaysAnEntity() {
        List<Entity> e = resolve(article("a", "The Forward Socialists lost ground. Forward Festival organisers"
                + " were pleased.").entity("Forward Socialists", "ORGANIZATION").entity("Forward Festival", "MISC")
                .build());
        assertNotNull(named(e, "Forward Festival"), e.toString());
    }
}
