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
 * Stances of negotiation reports the plain stance words missed: an openness to a proposal ("open to an independent
 * review", "s'est dite ouverte à une réduction": {@code proposal-nouns.txt}, stance-words.txt kind "proposal") an
 * acceptance, to a gerund an offer, to criticism nothing; a plain condition after an offer or acceptance ("offered
 * to halve the tariffs if X capped its exports", "could accept a cut, provided …": {@code offer-conditions.txt}) the
 * actor's demand, a time in it part of it ("provided the first cut came in January"), after a warning or threat a hypothesis; a hyphenated stance noun after a possessive ("Velmar's
 * counter-offer of …") the owner's stance.
 */
class OpennessAndOfferConditionsTest {
    private static final LocalDate DAY = LocalDate.of(2036, 9, 11);

    private static List<Position> read(String text, String language) {
        return PositionFixture.positions(article("a", text).person("Ilse Varga").entity("Harrow Union",
                "ORGANIZATION").entity("Velmar", "ORGANIZATION"), language, DAY);
    }

    @Test
    void beingOpenToAProposalAcceptsIt() {
        List<Position> ps = read("The Harrow Union said it was open to an independent review of the pay scales.",
                "en");
        assertTrue(has(ps, "Harrow Union", "accepts", "independent review of the pay scales"), ps.toString());
    }

    @Test
    void frenchOpennessToAProposalAcceptsIt() {
        List<Position> ps = read("Ilse Varga s'est toutefois dite ouverte à une réduction progressive des horaires.",
                "fr");
        assertTrue(has(ps, "Ilse Varga", "accepts", "réduction progressive des horaires"), ps.toString());
    }

    @Test
    void beingOpenToDoingSomethingOffersIt() {
        List<Position> ps = read("The Harrow Union said it was open to extending the truce by a week.", "en");
        assertTrue(has(ps, "Harrow Union", "offers", "extending the truce"), ps.toString());
    }

    @Test
    void beingOpenToCriticismIsNoStance() {
        List<Position> ps = read("Ilse Varga said she was open to criticism from the members.", "en");
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void aConditionOfAnOfferIsTheOfferersDemand() {
        List<Position> ps = read("Velmar offered to halve the fees if the Harrow Union capped its claims at "
                + "two million euros.", "en");
        assertTrue(has(ps, "Velmar", "offers", "halve the fees"), ps.toString());
        assertTrue(has(ps, "Velmar", "demands", "Harrow Union capped its claims"), ps.toString());
    }

    @Test
    void aConditionOfAnAcceptanceIsADemandToo() {
        List<Position> ps = PositionFixture.positions(article("a", "Velmar said it could accept a phased cut, "
                + "provided the first cut came in January.").entity("Velmar", "ORGANIZATION").time("January",
                LocalDate.of(2037, 1, 1), "month"), "en", DAY);
        assertTrue(has(ps, "Velmar", "demands", "first cut came in January"), ps.toString()); // the time its own
    }

    @Test
    void aConditionOfAWarningOrThreatIsAHypothesis() {
        for (String text : List.of("Ilse Varga warned that the union would strike if the fees stayed in place.",
                "Ilse Varga threatened to close the office if the fees were not cut.")) {
            List<Position> ps = read(text, "en");
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")), text + ": " + ps);
        }
    }

    @Test
    void aHyphenatedStanceNounAfterAPossessiveIsTheOwnersStance() {
        List<Position> ps = read("Ilse Varga dismissed Velmar's counter-offer of a 10% cut in fees as a stunt.",
                "en");
        assertTrue(has(ps, "Velmar", "offers", "10% cut in fees"), ps.toString());
        assertTrue(has(ps, "Ilse Varga", "rejects", "counter-offer"), ps.toString());
    }
}
