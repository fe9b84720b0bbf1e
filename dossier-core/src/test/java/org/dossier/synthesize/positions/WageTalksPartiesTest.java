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
 * The stances of a wage dispute: "management" and "the employers" are parties with no name ({@code
 * role-groups.txt}); a relative clause whose content has no object rejects its antecedent ("offered 3% over two
 * years, which the union rejected as an insult": the union rejects the 3%, not "as an insult"); "agreed on" accepts
 * what follows, for each of two coordinated subjects; "raised its offer for X to Y" offers Y ("the union and the port authority agreed on …"). First read (branch pos19 from 842f875, 2026-12-03): the offer had no actor, the union rejected
 * "as an insult", the deal was no position.
 */
class WageTalksPartiesTest {
    private static final LocalDate DAY = LocalDate.of(2034, 9, 4);

    @Test
    void managementOffersAsAParty() {
        for (String group : List.of("Management", "The employers")) {
            List<Position> ps = positions(article("a", group + " has offered 3% spread over 36 months.")
                    .entity("TLU", "ORGANIZATION"), "en", DAY);
            assertTrue(ps.stream().anyMatch(p -> p.stance().equals("offers")
                    && p.proposition().contains("3% spread over 36 months")), group + ": " + ps);
        }
    }

    @Test
    void aRelativeClauseWithoutObjectRejectsItsAntecedent() {
        List<Position> ps = positions(article("a", "The TLU dockers union is demanding a 9% rise. Management has "
                + "offered 3% spread over 36 months, which the union rejected as \"a joke\".")
                .entity("TLU", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "TLU", "rejects", "3% spread over 36 months"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects") && p.proposition().startsWith("as")),
                ps.toString());
    }

    @Test
    void aRelativeClauseOpeningWithAPrepositionRejectsItsAntecedent() {
        List<Position> ps = positions(article("a", "Management has offered 3% spread over 36 months, which the TLU "
                + "rejected in a vote on Friday.").entity("TLU", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "TLU", "rejects", "3% spread over 36 months"), ps.toString());
        assertFalse(has(ps, "TLU", "rejects", "in a vote"), ps.toString());
    }

    @Test
    void aDayBetweenAgreedOnAndTheDealIsLeftOut() {
        List<Position> ps = positions(article("a", "The TLU agreed on Thursday on a 6% pay rise over 18 months.")
                .entity("TLU", "ORGANIZATION").time("Thursday", DAY, "DAY"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("TLU") && p.stance().equals("accepts")
                && p.proposition().startsWith("6% pay rise")), ps.toString());
    }

    @Test
    void aDecimalFigureStaysInTheDemand() {
        List<Position> ps = positions(article("a", "The TLU demanded a 6.2% pay rise over 18 months.")
                .entity("TLU", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "TLU", "demands", "6.2% pay rise over 18 months"), ps.toString());
    }

    @Test
    void agreedOnAcceptsTheDeal() {
        List<Position> ps = positions(article("a", "The TLU dockers union agreed on a 6.2% pay rise over 18 months, "
                + "ending the dispute.").entity("TLU", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "TLU", "accepts", "6.2% pay rise over 18 months"), ps.toString());
    }

    @Test
    void bothPartiesOfACoordinatedSubjectAccept() {
        List<Position> ps = positions(article("a", "The TLU union and the Harnby Port Authority agreed on Thursday on "
                + "a 6.2% pay rise over 18 months, ending the dispute.").entity("TLU", "ORGANIZATION")
                .entity("Harnby Port Authority", "ORGANIZATION").time("Thursday", DAY, "DAY"), "en", DAY);
        assertTrue(has(ps, "TLU", "accepts", "6.2% pay rise"), ps.toString());
        assertTrue(has(ps, "Harnby Port Authority", "accepts", "6.2% pay rise"), ps.toString());
    }

    @Test
    void aNameBeforeTheCoordinatedPersonIsNoModifierOfIt() {
        List<Position> ps = positions(article("a", "The TLU union and Mara Olsen rejected the new contract.")
                .entity("TLU", "ORGANIZATION").person("Mara Olsen"), "en", DAY);
        assertTrue(has(ps, "TLU", "rejects", "new contract"), ps.toString());
        assertTrue(has(ps, "Mara Olsen", "rejects", "new contract"), ps.toString());
    }

    @Test
    void aRaisedOfferOffersItsNewAmount() {
        for (String offer : List.of("its offer", "its hostile offer", "its improved offer")) {
            List<Position> ps = positions(article("a", "Tarvik Mills raised " + offer + " for Olmquist Dairies to 40 "
                    + "crowns per share on Tuesday.").entity("Tarvik Mills", "ORGANIZATION")
                    .entity("Olmquist Dairies", "ORGANIZATION").time("Tuesday", DAY, "DAY"), "en", DAY);
            assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Tarvik Mills") && p.stance().equals("offers")
                    && p.proposition().startsWith("40 crowns per share")), offer + ": " + ps);
            assertFalse(has(ps, "Tarvik Mills", "offers", "Olmquist Dairies to"), offer + ": " + ps);
        }
    }

    @Test
    void aPossessedOfferWithItsModifiersIsNoVerb() {
        List<Position> ps = positions(article("a", "Tarvik Mills' sweetened 40-crown offer for Olmquist Dairies looks "
                + "generous on paper.").entity("Tarvik", "ORGANIZATION") // the tagger's name stops short of "Mills'"
                .entity("Olmquist Dairies", "ORGANIZATION"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.proposition().contains("looks generous")), ps.toString());
    }
}
