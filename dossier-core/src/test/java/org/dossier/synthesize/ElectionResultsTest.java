package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * Election results as an analyst compares them: a figure is read with whose it is (a party's seats and vote share,
 * the turnout), and figures are compared only when they are of the same subject: two parties' seats are no
 * disagreement, one party's preliminary and final share is an update, the turnout of four years ago is no report
 * of this one.
 */
class ElectionResultsTest {
    private static final LocalDate MON = LocalDate.of(2031, 9, 15);
    private static final LocalDate WED = MON.plusDays(2);

    @Test
    void eachPartysSeatsAreReadWithTheParty() {
        StoryDossier d = dossier(plain("a", "Final results published by the commission on Tuesday gave the Civic Union "
                + "58 seats, the Social Democrats 44 and the Green Path 14.", MON));
        assertEquals(List.of("seats (Civic Union)", "seats (Social Democrats)", "seats (Green Path)"),
                d.claims().stream().map(Claim::subject).toList(), d.claims().toString());
        assertEquals(List.of(58.0, 44.0, 14.0), d.claims().stream().map(Claim::value).toList());
    }

    @Test
    void anotherPartysSeatsAndTheMajorityAreNoDisagreementWithTheWinnersSeats() {
        StoryDossier d = dossier(plain("a", "The count gave the Civic Union 58 seats, the Social Democrats 44 and the "
                        + "Green Path 14.", MON),
                plain("b", "The Civic Union won 58 of the 151 seats. A majority needs 76 seats. The Social Democrats "
                        + "won 44 seats, the Green Path 14 and the nationalist Homeland Front 19.", WED));
        assertTrue(d.disagreements().isEmpty(), d.disagreements().toString());
        assertTrue(d.claims().stream().anyMatch(c -> c.value() == 19.0 && c.subject().contains("Homeland Front")),
                d.claims().toString());
    }

    @Test
    void aPartysPreliminaryThenFinalShareIsAnUpdateOfThatPartyAlone() {
        StoryDossier d = dossier(plain("a", "With 92 percent of ballots counted, the Civic Union had 33.8 percent of the "
                        + "vote, the commission said. The Social Democrats had 27.1 percent and the Green Path 9.4 "
                        + "percent.", MON),
                plain("b", "The Civic Union won the election on Sunday with 34.2 percent of the vote and 58 of the 151 "
                        + "seats, according to the final results.", WED));
        assertEquals(1, d.disagreements().size(), d.claims() + " " + d.disagreements());
        Disagreement u = d.disagreements().get(0);
        assertEquals("update", u.kind());
        assertTrue(u.subject().contains("Civic Union"), u.subject());
        assertEquals(List.of("33.8", "34.2"), u.values().stream().map(Disagreement.Value::value).toList());
        assertTrue(d.claims().stream().anyMatch(c -> c.value() == 9.4 && c.subject().contains("Green Path")),
                d.claims().toString());
    }

    @Test
    void turnoutIsAFigureOfItsOwnAndAnEarlierTurnoutIsNoReportOfThisOne() {
        StoryDossier d = dossier(plain("a", "Turnout was 61.2 percent, the commission said, up from 57.9 percent four "
                        + "years ago.", MON),
                plain("b", "Turnout in Dravik North was 54.6 percent, well below the national figure.", MON.plusDays(1)),
                plain("c", "Turnout was 61.4 percent, according to the final count.", WED));
        assertTrue(d.claims().stream().anyMatch(c -> c.value() == 61.2 && "turnout".equals(c.subject())),
                d.claims().toString());
        assertTrue(d.claims().stream().anyMatch(c -> c.value() == 57.9 && c.subject().startsWith("turnout (earlier")),
                d.claims().toString());
        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        Disagreement u = d.disagreements().get(0);
        assertEquals("update", u.kind());
        assertEquals(List.of("61.2", "61.4"), u.values().stream().map(Disagreement.Value::value).toList());
    }

    @Test
    void aSpanishPartysSeatsAreReadWithTheParty() {
        StoryDossier d = dossier(plain("a", "El Partido Cívico obtuvo 58 escaños y el Partido Verde 14.", MON),
                plain("b", "El Partido Cívico obtuvo 58 escaños, según el recuento final.", WED));
        assertTrue(d.disagreements().isEmpty(), d.disagreements().toString());
        assertEquals(List.of("escaños (Partido Cívico)", "escaños (Partido Verde)", "escaños (Partido Cívico)"),
                d.claims().stream().map(Claim::subject).toList(), d.claims().toString());
    }
}
