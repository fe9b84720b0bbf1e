package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Credit;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * A page naming its own outlet ("he told the Courier" on The Island Courier's page) or the agency it credits
 * ("ABERLOCH (Harbour Wire) -") names its provenance, no one the story is about: no entity. Another outlet's name, and
 * the page's outlet named on another outlet's page, stay. First read (2026-12-04, an unseen ferry-strike story):
 * "Courier" and "Harbour Wire" listed among the story's organisations.
 */
class APagesOwnOutletAndAgencyAreProvenanceNotEntitiesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 11);

    @Test
    void theLastWordsOfThePagesOwnOutletAreNoEntity() {
        List<Entity> e = resolve(article("a", "\"I am not going anywhere,\" he told the Courier. Marrow Ferries said no.")
                .entity("Courier", "ORGANIZATION").entity("Marrow Ferries", "ORGANIZATION")
                .meta("The Island Courier", "t", DAY, DAY).build());
        assertNull(named(e, "Courier"), e.toString());
        assertNotNull(named(e, "Marrow Ferries"), e.toString());
    }

    @Test
    void theAgencyThePageCreditsIsNoEntity() {
        List<Entity> e = resolve(article("a", "ABERLOCH (Harbour Wire) - Crews walked out at Marrow Ferries.")
                .entity("Harbour Wire", "ORGANIZATION").entity("Marrow Ferries", "ORGANIZATION")
                .credit(Credit.Kind.AGENCY, "Harbour Wire").meta("Daily Post", "t", DAY, DAY).build());
        assertNull(named(e, "Harbour Wire"), e.toString());
    }

    @Test
    void anotherOutletNamedOnAPageStays() {
        List<Entity> e = resolve(article("a", "Marrow Ferries told the Gazette it would appeal.")
                .entity("Gazette", "ORGANIZATION").entity("Marrow Ferries", "ORGANIZATION")
                .meta("The Island Courier", "t", DAY, DAY).build());
        assertNotNull(named(e, "Gazette"), e.toString());
    }
}
