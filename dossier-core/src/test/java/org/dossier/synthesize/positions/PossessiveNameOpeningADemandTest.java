package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.dossier.synthesize.positions.PositionFixture.positions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A possessive name opening a demand's content ("The opposition demanded that Brandt's government publish …") does
 * not stop the demand: the name before it is no modifier of that person, since a stance word stands between them;
 * the actor stays the one before the stance word and the content keeps the possessive. First read (branch pos20
 * from 906b601, 2026-12-03): a possessive person gave no position at all (an organisation or country did).
 */
class PossessiveNameOpeningADemandTest {
    private static final LocalDate DAY = LocalDate.of(2035, 2, 7);

    @Test
    void aPossessivePersonOpeningAThatClauseKeepsTheDemand() {
        for (String[] c : List.of(new String[] {"Brandt's", "Brandt"}, new String[] {"Ilka Mavros'", "Ilka Mavros"})) {
            List<Position> ps = positions(article("a", "The opposition demanded that " + c[0] + " government publish "
                    + "the contracts.").person(c[1]), "en", DAY);
            assertTrue(has(ps, "the opposition", "demands", c[0] + " government publish the contracts"),
                    c[0] + ": " + ps);
            assertFalse(ps.stream().anyMatch(p -> p.actor().equals(c[1])), c[0] + ": " + ps);
        }
    }

    @Test
    void aNamedPartyBeforeTheStanceWordStaysTheActor() {
        List<Position> ps = positions(article("a", "The Velk Party demanded that Brandt's government publish the "
                + "contracts.").entity("Velk Party", "ORGANIZATION").person("Brandt"), "en", DAY);
        assertTrue(has(ps, "Velk Party", "demands", "Brandt's government publish the contracts"), ps.toString());
    }

    @Test
    void aPossessivePersonAfterADirectiveWithAnAddressee() {
        for (String verb : List.of("urged", "called on")) {
            List<Position> ps = positions(article("a", "The Velk Party " + verb + " Brandt's cabinet to release the "
                    + "audit.").entity("Velk Party", "ORGANIZATION").person("Brandt"), "en", DAY);
            assertTrue(has(ps, "Velk Party", "demands", "Brandt's cabinet to release the audit"), verb + ": " + ps);
        }
    }

    @Test
    void aPossessiveOrganisationOrCountryKeepsTheDemand() {
        for (String[] c : List.of(new String[] {"Orvik Steelworks'", "Orvik Steelworks", "ORGANIZATION"},
                new String[] {"Halden Mining's", "Halden Mining", "ORGANIZATION"},
                new String[] {"Korvane's", "Korvane", "LOCATION"})) {
            List<Position> ps = positions(article("a", "The opposition demanded that " + c[0] + " board publish the "
                    + "contracts.").entity(c[1], c[2]), "en", DAY);
            assertTrue(has(ps, "the opposition", "demands", c[0] + " board publish the contracts"), c[0] + ": " + ps);
        }
    }

    @Test
    void aCountryModifyingThePersonNamedNextIsStillNoActor() {
        List<Position> ps = positions(article("a", "Korvane's envoy Ilka Mavros rejected the new tariff schedule.")
                .entity("Korvane", "LOCATION").person("Ilka Mavros"), "en", DAY);
        assertTrue(has(ps, "Ilka Mavros", "rejects", "new tariff schedule"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("Korvane")), ps.toString());
    }
}
