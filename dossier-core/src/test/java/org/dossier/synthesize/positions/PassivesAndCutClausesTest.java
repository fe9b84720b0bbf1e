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
 * A stance participle in the passive is no stance of its subject ("the government was urged to resign", "what we
 * are legally required to pay"), while an adjectival one still is ("Russia is opposed to …"); a content cut at its
 * word limit inside a subordinate clause ends before the clause ("close the lane past the reef until an inquiry is
 * finished": not "… until an inquiry").
 * First read (2026-12-03, an unseen oil-spill story): the company "demanded" to pay, and the lane's closure was
 * demanded "until an inquiry".
 */
class PassivesAndCutClausesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 3);

    @Test
    void theSubjectOfAPassiveDirectiveDemandsNothing() {
        List<Position> ps = positions(article("a", "The government of Kestria was urged to resign, opposition "
                + "leader Mira Aalto said.").entity("Kestria", "LOCATION").person("Mira Aalto"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.proposition().startsWith("resign") && !p.actor().equals("Mira Aalto")),
                ps.toString());
    }

    @Test
    void aSpeakerRequiredToDoSomethingDemandsNothingInTheirQuote() {
        List<Position> ps = positions(article("a", "\"We will pay what we are legally required to pay,\" said "
                + "Halvard Lines chief executive Jonas Erdal.").person("Jonas Erdal")
                .entity("Halvard Lines", "ORGANIZATION"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")), ps.toString());
    }

    @Test
    void anAdjectivalParticipleAfterBeIsStillAStance() {
        List<Position> ps = positions(article("a", "Seawatch is opposed to new tolls on the river.")
                .entity("Seawatch", "ORGANIZATION"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("rejects") && p.proposition().contains("tolls")),
                ps.toString());
    }

    @Test
    void aContentCutInsideASubordinateClauseEndsBeforeIt() {
        List<Position> ps = positions(article("a", "Seawatch demanded that the government close the shipping lane "
                + "past the reef until an inquiry is finished.").entity("Seawatch", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "Seawatch", "demands", "close the shipping lane past the reef"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.proposition().endsWith("until an inquiry")), ps.toString());
    }

    @Test
    void aParticipleWithItsAgentAfterItIsNoDemandOfTheSentencesSubject() {
        List<Position> ps = positions(article("a", "Orlen Water said it would not pay the ransom demanded by the gang "
                + "that attacked its servers.").entity("Orlen Water", "ORGANIZATION"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("Orlen Water") && p.stance().equals("demands")),
                ps.toString());
    }

    @Test
    void aDemandWithADeadlineAfterByIsStillTheSubjectsDemand() {
        List<Position> ps = positions(article("a", "Seawatch demanded by 2030 a ban on tankers in the bay.")
                .entity("Seawatch", "ORGANIZATION"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Seawatch") && p.stance().equals("demands")),
                ps.toString());
    }
}
