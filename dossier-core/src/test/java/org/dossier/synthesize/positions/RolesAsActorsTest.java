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
 * A later "the minister" is the one person named before with that role ("Transport Minister Ingrid Solberg …
 * The minister also offered to meet …"), "the transport minister" too; "the former minister" is not a serving
 * one, and a role two people hold names neither.
 * First read (2026-12-03, an unseen oil-spill story): the minister's offer to meet was nobody's.
 */
class RolesAsActorsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 7);

    @Test
    void theRoleNounIsThePersonNamedBeforeWithThatRole() {
        for (String role : List.of("The minister", "The transport minister")) {
            List<Position> ps = positions(article("a", "Transport Minister Ingrid Solberg visited the port on Friday "
                    + "with the harbour master, Jonas Erdal. " + role + " also offered to meet the owners of the ship "
                    + "on Monday.").person("Ingrid Solberg", "Jonas Erdal"), "en", DAY);
            assertTrue(has(ps, "Ingrid Solberg", "offers", "meet the owners"), role + ": " + ps);
            assertFalse(has(ps, "Jonas Erdal", "offers", "meet the owners"), role + ": " + ps);
        }
    }

    @Test
    void aQualifiedRoleTheStoryDoesNotGiveNamesNobody() {
        List<Position> ps = positions(article("a", "Transport Minister Ingrid Solberg visited the port on Friday. "
                + "The former minister demanded that the port stay closed.").person("Ingrid Solberg"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("Ingrid Solberg") && p.stance().equals("demands")),
                ps.toString());
    }

    @Test
    void aRoleTwoPeopleHoldNamesNeither() {
        List<Position> ps = positions(article("a", "Transport Minister Ingrid Solberg met Finance Minister Jonas Erdal "
                + "on Friday. The minister demanded that the port stay closed.").person("Ingrid Solberg", "Jonas Erdal"),
                "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")
                && (p.actor().equals("Ingrid Solberg") || p.actor().equals("Jonas Erdal"))), ps.toString());
    }
}
