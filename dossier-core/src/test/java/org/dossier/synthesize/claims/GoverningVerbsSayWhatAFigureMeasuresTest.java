package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verb (or noun) that governs a figure says what it measures: what a ship carried, what was pumped out of it,
 * what leaked, what was recovered ({@code <lang>/figure-acts.txt}), before the figure, before the "of" or "at" that
 * joins it, or after its counted noun; figures of one unit governed by different acts are never compared, those of
 * one act are. First read (branch num20 from 906b601, 2026-12-03): 0 of 4 (no act was read, the test did not compile
 * there; "carrying 2,400 tonnes" and "pumped 1,900 tonnes" fitted each other).
 */
class GoverningVerbsSayWhatAFigureMeasuresTest {
    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
        assertEquals(1, qs.size(), text + " " + qs);
        return qs.get(0);
    }

    @Test
    void theVerbBeforeOrAfterAFigureIsItsAct() {
        assertEquals("carried", only("A freighter carrying 2,400 tonnes of fuel oil was stuck off Brennwick.").act());
        assertEquals("pumped out", only("Crews had pumped 1,900 tonnes of fuel oil from the tanks.").act());
        assertEquals("leaked", only("The coast guard said 90 tonnes of fuel had leaked from the hull.").act());
        assertEquals("leaked", only("No more than 30 tonnes had spilled into the sea.").act());
        assertEquals("recovered", only("Volunteers have recovered 60 tonnes of oil from the beaches.").act());
    }

    @Test
    void aNounJoinedToTheFigureIsItsAct() {
        assertEquals("leaked", only("Seawatch put the leak at 250 tonnes.").act());
        assertEquals("leaked", only("Officials reported a spill of 250 tonnes near Ostrel.").act());
    }

    @Test
    void actsAreReadInFrenchSpanishAndGerman() {
        assertEquals("carried", only("Un cargo transportant 2 400 tonnes de fioul s'est échoué.").act());
        assertEquals("leaked", only("Quelque 120 tonnes de fioul se sont déversées dans la baie.").act());
        assertEquals("pumped out", only("Los equipos han bombeado 1.900 toneladas de combustible.").act());
        assertEquals("leaked", only("Unas 120 toneladas de combustible se han derramado en la bahía.").act());
        assertEquals("leaked", only("Rund 120 Tonnen Öl sind ausgelaufen.").act());
        assertEquals("leaked", only("Seewacht bezifferte das Leck auf 250 Tonnen.").act());
    }

    @Test
    void figuresOfDifferentActsNeverFitAndOfOneActDo() {
        Quantity carried = only("A freighter carrying 2,400 tonnes of fuel oil was stuck off Brennwick.");
        Quantity pumped = only("Crews had pumped 1,900 tonnes of fuel oil from the tanks.");
        Quantity leaked = only("The coast guard said 90 tonnes of fuel had leaked from the hull.");
        Quantity spilled = only("Seawatch said 250 tonnes of fuel had spilled from the hull.");
        assertFalse(ClaimGroups.fits(carried, pumped));
        assertTrue(ClaimGroups.fits(leaked, spilled));
        assertTrue(ClaimGroups.linked(leaked, spilled));
    }
}
