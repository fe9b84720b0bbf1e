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
 * Parties and contents of a negotiation's reports: relatives and families are parties with no name ({@code
 * role-groups.txt}), also with a complement before the stance word ("Relatives of the hostages urged …": a stance
 * word in the past form is a verb, no noun of "the hostages", {@code writing.txt} past-suffix); a complement marker
 * after a time is dropped ("agreed on Wednesday to a first exchange"); a content cut at the word limit inside a
 * phrase ends before that phrase. First read (branch pos20 from e84f220, 2026-12-03): the groups held nothing, the
 * exchange kept its "to", the cut content ended "… to let aid".
 */
class GroupsAndCutsInNegotiationsTest {
    private static final LocalDate DAY = LocalDate.of(2036, 5, 13);

    @Test
    void relativesAndFamiliesWithAComplementAreParties() {
        for (String[] c : List.of(new String[] {"Relatives of the hostages", "relatives"},
                new String[] {"The families of the missing sailors", "the families"})) {
            List<Position> ps = PositionFixture.positions(article("a", c[0] + " urged the government to accept the "
                    + "exchange."), "en", DAY);
            assertTrue(has(ps, c[1], "demands", "government to accept the exchange"), c[0] + ": " + ps);
        }
    }

    @Test
    void aPastFormAfterAnArticleAndANounIsAVerb() {
        List<Position> ps = PositionFixture.positions(article("a", "Prosecutors of the coastal district demanded a "
                + "retrial of the case."), "en", DAY);
        assertTrue(has(ps, "prosecutors", "demands", "retrial of the case"), ps.toString());
    }

    @Test
    void aDescribedOfferIsStillNoVerb() {
        List<Position> ps = PositionFixture.positions(article("a", "The Harrow Front rejected the improved offer "
                + "on Tuesday.").entity("Harrow Front", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "Harrow Front", "rejects", "improved offer"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("offers")), ps.toString());
    }

    @Test
    void aMarkerAfterATimeIsDropped() {
        List<Position> ps = PositionFixture.positions(article("a", "The Harrow Front agreed on Wednesday to a first "
                + "exchange of 18 hostages.").entity("Harrow Front", "ORGANIZATION")
                .time("Wednesday", DAY.plusDays(1), "DAY"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Harrow Front") && p.stance().equals("accepts")
                && p.proposition().startsWith("first exchange of 18 hostages")), ps.toString());
    }

    @Test
    void aContentCutInsideAPhraseEndsBeforeIt() {
        List<Position> ps = PositionFixture.positions(article("a", "Ines Quarle offered a 72-hour pause in fighting "
                + "around the village of Tamsk to let aid convoys reach civilians.").person("Ines Quarle"), "en", DAY);
        assertTrue(has(ps, "Ines Quarle", "offers", "72-hour pause in fighting around the village of Tamsk"),
                ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.proposition().endsWith("let aid")), ps.toString());
    }
}
