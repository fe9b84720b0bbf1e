package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * A bound and a sharper figure of the same day that it admits ("more than 140 flights" and "146 flights", one day)
 * are one value of that day: with a larger figure on each later day, the figures read as an update, not a
 * contradiction; a bound the same day's figure lies outside still disputes it.
 * First read (2026-12-04, an unseen ransomware story): postponed operations "more than 140" and "146" on one day,
 * then 212 and 318, were a contradiction.
 */
class ABoundBesideASharperFigureOfItsDayTest {
    private static final LocalDate DAY = LocalDate.of(2034, 9, 8);

    private static Disagreement flights(StoryDossier d) {
        List<Disagreement> out = d.disagreements().stream().filter(x -> x.subject().contains("flights")).toList();
        assertEquals(1, out.size(), d.claims() + " " + d.disagreements());
        return out.get(0);
    }

    @Test
    void aBoundAdmittingTheSameDaysFigureLeavesARisingCountAnUpdate() {
        StoryDossier d = dossier(
                plain("a", "More than 140 flights have been cancelled at Orvik airport, the operator said.", DAY),
                plain("b", "The operator said 146 flights had been cancelled at Orvik airport.", DAY),
                plain("c", "The operator said 212 flights had been cancelled at Orvik airport.", DAY.plusDays(1)),
                plain("e", "In all, 318 flights were cancelled at Orvik airport, the operator said.", DAY.plusDays(3)));
        Disagreement x = flights(d);
        assertEquals("update", x.kind(), x.toString());
        assertTrue(x.reason().startsWith("the figure changed over time: 146 (" + DAY + "), then 212"), x.reason());
    }

    @Test
    void aBoundTheSameDaysFigureLiesOutsideStillDisputesIt() {
        StoryDossier d = dossier(
                plain("a", "More than 300 flights have been cancelled at Orvik airport, the union said.", DAY),
                plain("b", "The operator said 146 flights had been cancelled at Orvik airport.", DAY),
                plain("c", "The operator said 212 flights had been cancelled at Orvik airport.", DAY.plusDays(1)));
        assertEquals("contradiction", flights(d).kind());
    }
}
