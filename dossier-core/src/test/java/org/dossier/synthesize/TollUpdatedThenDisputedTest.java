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
 * A toll that rises day by day and on its last day is disputed (the officials' 412, an aid group's "more than 600")
 * reads as both: the update so far, then the day's disagreement (an earlier figure may be reported on several days
 * before it); and the count is named as what it counts.
 */
class TollUpdatedThenDisputedTest {
    private static final LocalDate DAY = LocalDate.of(2034, 5, 2);

    private static Disagreement deaths(StoryDossier d) {
        List<Disagreement> out = d.disagreements().stream().filter(x -> x.unit().equals("deaths")).toList();
        assertEquals(1, out.size(), d.claims() + " " + d.disagreements());
        return out.get(0);
    }

    @Test
    void aRisingTollDisputedOnItsLastDayIsAnUpdateThenADisagreement() {
        StoryDossier d = dossier(
                plain("a", "The death toll from the floods in Valmora rose to 120, officials said.", DAY),
                plain("b", "The death toll from the floods in Valmora rose to 310, officials said.", DAY.plusDays(1)),
                plain("c", "The death toll from the floods in Valmora rose to 412, officials said.", DAY.plusDays(2)),
                plain("e", "More than 600 people have died in Valmora, the Red Lantern aid group said.", DAY.plusDays(2)));
        Disagreement x = deaths(d);
        assertEquals("contradiction", x.kind());
        assertTrue(x.reason().startsWith("the figure changed over time: 120 (" + DAY + "), then 310 ("
                + DAY.plusDays(1) + "); on " + DAY.plusDays(2) + " figures disagree:"), x.reason());
        assertEquals("deaths", x.subject());
    }

    @Test
    void aDisputeBeforeTheLastDayIsAPlainContradiction() {
        StoryDossier d = dossier(
                plain("a", "The death toll from the floods in Valmora rose to 120, officials said.", DAY),
                plain("b", "More than 300 people have died in Valmora, the Red Lantern aid group said.", DAY),
                plain("c", "The death toll from the floods in Valmora rose to 412, officials said.", DAY.plusDays(2)));
        Disagreement x = deaths(d);
        assertEquals("contradiction", x.kind());
        assertTrue(x.reason().startsWith("figures that cannot all hold at once"), x.reason());
    }

    @Test
    void aFigureReportedOnTwoDaysBeforeTheDisputeIsStillTheUpdateSoFar() {
        StoryDossier d = dossier(
                plain("a", "The death toll from the floods in Valmora rose to 120, officials said.", DAY),
                plain("b", "The death toll from the floods in Valmora stood at 120, officials said.", DAY.plusDays(1)),
                plain("c", "The death toll from the floods in Valmora rose to 412, officials said.", DAY.plusDays(2)),
                plain("e", "More than 600 people have died in Valmora, the Red Lantern aid group said.", DAY.plusDays(2)));
        Disagreement x = deaths(d);
        assertTrue(x.reason().startsWith("the figure changed over time: 120 (" + DAY + ", " + DAY.plusDays(1) + "); on "
                + DAY.plusDays(2) + " figures disagree:"), x.reason());
    }
}
