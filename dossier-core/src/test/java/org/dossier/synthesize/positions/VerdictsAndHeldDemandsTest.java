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
 * Stances of trade and labour talks the stance words alone miss: a verdict given by an adjective after the object
 * ("called the proposal unacceptable": {@code verdicts.txt}, en/fr/de), a stance noun held to by a phrase of
 * several words ("stood firm on its demand for X": {@code writing.txt} hold-phrases), and a place the country list
 * does not know but whose adjective the story uses a country that can hold a position ("Korvane refused to …");
 * a percent sign before a time the proposition stops at kept with its figure ("to 10% from January").
 * First read (branch pos21 from dc2795e, 2026-12-04): none of them was a position.
 */
class VerdictsAndHeldDemandsTest {
    private static final LocalDate DAY = LocalDate.of(2036, 9, 9);

    private static List<Position> read(String text, String language) {
        return PositionFixture.positions(article("a", text).person("Ilse Varga").entity("Harrow Union",
                "ORGANIZATION"), language, DAY);
    }

    @Test
    void aProposalCalledUnacceptableIsRejected() {
        for (String verdict : List.of("called the proposal unacceptable", "described the proposal as inadequate",
                "labelled the proposal unworkable")) {
            List<Position> ps = read("Ilse Varga " + verdict + " on Tuesday.", "en");
            assertTrue(has(ps, "Ilse Varga", "rejects", "proposal"), verdict + ": " + ps);
        }
    }

    @Test
    void aVerdictOfAcceptanceIsAnAcceptance() {
        List<Position> ps = read("The Harrow Union called the new offer acceptable.", "en");
        assertTrue(has(ps, "Harrow Union", "accepts", "new offer"), ps.toString());
    }

    @Test
    void frenchAndGermanVerdictsAreRead() {
        assertTrue(has(read("Ilse Varga a jugé la proposition inacceptable.", "fr"), "Ilse Varga", "rejects",
                "proposition"), read("Ilse Varga a jugé la proposition inacceptable.", "fr").toString());
        assertTrue(has(read("Ilse Varga a qualifié l'offre d'insuffisante.", "fr"), "Ilse Varga", "rejects",
                "offre"), read("Ilse Varga a qualifié l'offre d'insuffisante.", "fr").toString());
        assertTrue(has(read("Ilse Varga bezeichnete den Vorschlag als inakzeptabel.", "de"), "Ilse Varga",
                "rejects", "Vorschlag"), read("Ilse Varga bezeichnete den Vorschlag als inakzeptabel.", "de")
                .toString());
    }

    @Test
    void aNegatedVerdictOrAPronounObjectStatesNothing() {
        for (String text : List.of("Ilse Varga did not call the proposal unacceptable.",
                "Ilse Varga called it unacceptable.", "Ilse Varga called the talks, which failed, unacceptable.")) {
            assertTrue(read(text, "en").stream().noneMatch(p -> p.stance().equals("rejects")),
                    text + ": " + read(text, "en"));
        }
    }

    @Test
    void standingFirmOnADemandIsTheDemand() {
        for (String verb : List.of("stood firm on its demand for", "stuck to its demand for",
                "insisted on its demand for")) {
            List<Position> ps = read("The Harrow Union " + verb + " a 9% pay rise.", "en");
            assertTrue(has(ps, "Harrow Union", "demands", "9% pay rise"), verb + ": " + ps);
        }
        assertTrue(read("The Harrow Union did not stand firm on its demand for a 9% pay rise.", "en").isEmpty());
    }

    @Test
    void aPlaceWhoseAdjectiveTheStoryUsesHoldsAPosition() {
        List<Position> ps = PositionFixture.positions(article("a", "Korvane refused to lift the tariffs. "
                + "Korvanian exporters were angry.").entity("Korvane", "LOCATION").entity("Korvanian", "MISC"),
                "en", DAY);
        assertTrue(has(ps, "Korvane", "rejects", "lift the tariffs"), ps.toString());
        List<Position> town = PositionFixture.positions(article("a", "Korvane refused to lift the tariffs.")
                .entity("Korvane", "LOCATION"), "en", DAY);
        assertFalse(has(town, "Korvane", "rejects", "lift the tariffs"), town.toString());
    }

    @Test
    void aPercentSignBeforeATimeStaysWithItsFigure() {
        LocalDate jan = LocalDate.of(2037, 1, 1);
        List<Position> ps = PositionFixture.positions(article("a", "The Harrow Union agreed to cut the steel "
                + "tariffs to 10% from January.").entity("Harrow Union", "ORGANIZATION").time("from January", jan,
                "month"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.proposition().equals("cut the steel tariffs to 10%")), ps.toString());
    }
}
