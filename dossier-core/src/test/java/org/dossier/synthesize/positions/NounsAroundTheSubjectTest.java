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
 * The nouns around a name decide the actor ({@code actor-nouns.txt}): a possessive company's board is that company
 * ("a week after Olmquist's board rejected the bid": not the bidder the sentence opens with); a family the name
 * names is an actor of its own, and "it" after it is the family; a country before lower-case words ending in a
 * noun of organisations ("Danish dairy group X") modifies that organisation and holds no stance; the noun right
 * after an organisation's short name ("the TLU dockers union") makes "the union" stand for it.
 * First read (branch pos19 from 842f875, 2026-12-03): the bidder rejected its own bid, the family's refusal went to
 * the organisation named in the sentence before, the country offered the bid, "the union" was nobody.
 */
class NounsAroundTheSubjectTest {
    private static final LocalDate DAY = LocalDate.of(2034, 9, 4);

    @Test
    void aPossessiveCompanysBoardRejectsForTheCompany() {
        List<Position> ps = positions(article("a", "Tarvik Mills raised its offer for Olmquist Dairies to 40 crowns "
                + "on Monday, a week after Olmquist's board unanimously rejected the first bid of 35 crowns.")
                .entity("Tarvik Mills", "ORGANIZATION").entity("Olmquist Dairies", "ORGANIZATION")
                .entity("Olmquist", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "Olmquist Dairies", "rejects", "first bid of 35 crowns"), ps.toString());
        assertFalse(has(ps, "Tarvik Mills", "rejects", "first bid"), ps.toString());
    }

    @Test
    void aBoardRightBeforeTheStanceWordIsStillTheOwners() {
        List<Position> ps = positions(article("a", "Olmquist's supervisory board rejected the bid of 35 crowns.")
                .entity("Olmquist", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "Olmquist", "rejects", "bid of 35 crowns"), ps.toString());
    }

    @Test
    void theFamilyAndItsPronounAreTheFamily() {
        List<Position> ps = positions(article("a", "The fund Brenmoor Partners urged the board to engage. "
                + "The Olmquist family said it would not sell its shares at 40 crowns.")
                .entity("Brenmoor Partners", "ORGANIZATION").entity("Olmquist", "PERSON"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Olmquist family") && p.stance().equals("rejects")
                && p.proposition().contains("40 crowns")), ps.toString());
        assertFalse(has(ps, "Brenmoor Partners", "rejects", "40 crowns"), ps.toString());
    }

    @Test
    void aFamilyNamedAsSubjectRejectsInFrench() {
        List<Position> ps = positions(article("a", "La famille Olmquist a rejeté l'offre de 40 couronnes.")
                .entity("Olmquist", "PERSON"), "fr", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("famille Olmquist") && p.stance().equals("rejects")),
                ps.toString());
    }

    @Test
    void aCountryBeforeAnOrganisationNounIsNoActor() {
        for (String country : List.of("UK", "US")) {
            List<Position> ps = positions(article("a", country + " dairy group Tarvik Mills on Monday launched a bid "
                    + "for Danish cheese maker Olmquist Dairies, offering 35 crowns per share in cash.")
                    .entity(country, "LOCATION").entity("Danish", "MISC").entity("Tarvik Mills", "ORGANIZATION")
                    .entity("Olmquist Dairies", "ORGANIZATION"), "en", DAY);
            assertTrue(has(ps, "Tarvik Mills", "offers", "35 crowns"), country + ": " + ps);
            assertFalse(ps.stream().anyMatch(p -> p.actor().startsWith("United")), country + ": " + ps);
        }
    }

    @Test
    void aCountryBeforeAStanceWordStillActs() {
        List<Position> ps = positions(article("a", "The UK urged Tarvik Mills to raise its offer.")
                .entity("UK", "LOCATION").entity("Tarvik Mills", "ORGANIZATION"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().startsWith("United") && p.stance().equals("demands")),
                ps.toString());
    }

    @Test
    void aCountryCoordinatedWithAnOrganisationStillActs() {
        List<Position> ps = positions(article("a", "The UK and the carrier Skyvane rejected the new landing fees.")
                .entity("UK", "LOCATION").entity("Skyvane", "ORGANIZATION"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().startsWith("United") && p.stance().equals("rejects")),
                ps.toString());
    }

    @Test
    void theUnionStandsForTheShortNameItFollowed() {
        List<Position> ps = positions(article("a", "The TLU dockers union called a strike at Harnby port. "
                + "The union had originally demanded 9% over 12 months.")
                .entity("TLU", "ORGANIZATION").entity("Harnby", "LOCATION"), "en", DAY);
        assertTrue(has(ps, "TLU", "demands", "9% over 12 months"), ps.toString());
    }

    @Test
    void theNounBeforeAShortNameMakesTheDescriptionStandForIt() {
        for (String[] c : new String[][] {{"Environmental group", "the group"}, {"Shipping company", "the company"},
                {"The rights group", "the group"}}) {
            List<Position> ps = positions(article("a", c[0] + " Seawatch said the reef lies next to a reserve. "
                    + "Later " + c[1] + " demanded that the government close the shipping lane past the reef.")
                    .entity("Seawatch", "ORGANIZATION"), "en", DAY);
            assertTrue(has(ps, "Seawatch", "demands", "close the shipping lane"), c[0] + ": " + ps);
        }
    }

    @Test
    void aNounBeforeTwoNamesOfOneKindStandsForNeither() {
        List<Position> ps = positions(article("a", "Environmental group Seawatch and rights group Coastkeep met on "
                + "Monday. The group demanded that the government close the shipping lane.")
                .entity("Seawatch", "ORGANIZATION").entity("Coastkeep", "ORGANIZATION"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")), ps.toString());
    }

    @Test
    void aCountryEndingALongerNameIsNoActor() {
        List<Position> ps = positions(article("a", "The port authority said on Monday that Statistics Norway had "
                + "rejected the ministry's estimate of the harbour traffic.").entity("Norway", "LOCATION"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("Norway")), ps.toString());
        List<Position> opening = positions(article("a", "The talks stalled.\n\nStatistics Norway rejected the "
                + "ministry's estimate of the harbour traffic.").entity("Norway", "LOCATION"), "en", DAY);
        assertFalse(opening.stream().anyMatch(p -> p.actor().equals("Norway")), opening.toString());
        List<Position> after = positions(article("a", "The talks stalled. On Monday Norway rejected the ministry's "
                + "estimate of the harbour traffic.").entity("Norway", "LOCATION"), "en", DAY);
        assertTrue(has(after, "Norway", "rejects", "estimate"), after.toString());
        List<Position> adverb = positions(article("a", "The talks stalled.\n\nYesterday Norway rejected the "
                + "ministry's estimate of the harbour traffic.").entity("Norway", "LOCATION"), "en", DAY);
        assertTrue(has(adverb, "Norway", "rejects", "estimate"), adverb.toString());
    }
}
