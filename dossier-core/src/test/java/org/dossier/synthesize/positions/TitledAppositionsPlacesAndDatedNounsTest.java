package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * The official a body's title names in apposition is the actor ("The United Nations Secretary-General, Amara Osei,
 * urged …": Amara Osei, not the United Nations); "not going to" before a place is a journey, no refusal ("We are not
 * going to Lisbon to negotiate our territory"); a year between an article and its noun stays in the proposition
 * ("respect the 1998 ceasefire"); a role group after a possessive pronoun is that person's ("his government wanted …":
 * the speaker's demand, not "the government"'s). First read (2026-12-04, an unseen border-clash story): "United Nations demands: both
 * countries to respect" beside "Amara Osei offers: send observers"; "rejects: Lisbon to negotiate our territory".
 */
class TitledAppositionsPlacesAndDatedNounsTest {
    private static final LocalDate DAY = LocalDate.of(2032, 5, 4);

    private static List<Position> in(String text, String quote) {
        var f = article("a", text).entity("United Nations", "ORGANIZATION").entity("Lisbon", "LOCATION")
                .entity("Peru", "LOCATION").person("Amara Osei", "Tomasz Kerrigan")
                .time("1998", LocalDate.of(1998, 1, 1), "year");
        return PositionFixture.positions(quote == null ? f : f.quote(quote, "Tomasz Kerrigan", null), "en", DAY);
    }

    @Test
    void theOfficialInAppositionAfterABodysTitleIsTheActor() {
        List<Position> ps = in("The United Nations Secretary-General, Amara Osei, urged both countries to respect the "
                + "ceasefire and offered to send observers.", null);
        assertTrue(has(ps, "Amara Osei", "demands", "both countries to respect the ceasefire"), ps.toString());
        assertTrue(has(ps, "Amara Osei", "offers", "send observers"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("United Nations")), ps.toString());
    }

    @Test
    void notGoingToAPlaceIsNoRefusal() {
        String quote = "We are not going to Lisbon to negotiate our territory,";
        List<Position> ps = in("\"" + quote + "\" Tomasz Kerrigan told reporters.", quote);
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), ps.toString());
        String refusal = "We are not going to negotiate our territory,";
        List<Position> refused = in("\"" + refusal + "\" Tomasz Kerrigan told reporters.", refusal);
        assertTrue(has(refused, "Tomasz Kerrigan", "rejects", "talks on our territory"), refused.toString());
    }

    @Test
    void aYearBetweenAnArticleAndItsNounStaysInTheProposition() {
        List<Position> ps = in("Amara Osei urged both countries to respect the 1998 ceasefire.", null);
        assertTrue(has(ps, "Amara Osei", "demands", "respect the 1998 ceasefire"), ps.toString());
    }

    @Test
    void aGroupAfterAPossessivePronounIsThatPersons() {
        List<Position> ps = in("Tomasz Kerrigan said his government wanted the withdrawal of the troops from the "
                + "valley.", null);
        assertTrue(has(ps, "Tomasz Kerrigan", "demands", "withdrawal of the troops"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("the government")), ps.toString());
    }
}
