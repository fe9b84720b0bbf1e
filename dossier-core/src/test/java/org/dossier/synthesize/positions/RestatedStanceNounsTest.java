package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A stance noun that a verb states or restates ("reiterated its demand for X", "renewed its call for X", "made a new
 * offer of X": {@code writing.txt} hold-verbs) is the subject's stance on X, when a complement marker opens X; "made
 * its offer public", "presented its offer to the board" and a negated verb state none. First read (branch pos20
 * from d5a8626, 2026-12-03): none of the restated stances was a position.
 */
class RestatedStanceNounsTest {
    private static final LocalDate DAY = LocalDate.of(2036, 5, 13);

    private static List<Position> read(String text) {
        return PositionFixture.positions(article("a", text).entity("Harrow Front", "ORGANIZATION"), "en", DAY);
    }

    @Test
    void aRestatedDemandIsADemand() {
        for (String verb : List.of("reiterated its demand for", "maintained its demand for", "renewed its call for")) {
            List<Position> ps = read("The Harrow Front " + verb + " a full withdrawal of troops.");
            assertTrue(has(ps, "Harrow Front", "demands", "full withdrawal of troops"), verb + ": " + ps);
        }
    }

    @Test
    void aMadeOrRepeatedOfferIsAnOffer() {
        for (String verb : List.of("made a new offer of", "repeated its offer of")) {
            List<Position> ps = read("The Harrow Front " + verb + " 20 hostages.");
            assertTrue(has(ps, "Harrow Front", "offers", "20 hostages"), verb + ": " + ps);
        }
    }

    @Test
    void anOfferToActIsThatAct() {
        List<Position> ps = read("The Harrow Front made an offer to release 20 hostages.");
        assertTrue(has(ps, "Harrow Front", "offers", "release 20 hostages"), ps.toString());
    }

    @Test
    void withoutAMarkerOrWithANegationTheNounStatesNothing() {
        for (String text : List.of("The Harrow Front made its offer public on Monday.",
                "The Harrow Front presented its offer to the board.",
                "The Harrow Front did not repeat its offer of a truce.")) {
            assertTrue(read(text).isEmpty(), text + ": " + read(text));
        }
    }
}
