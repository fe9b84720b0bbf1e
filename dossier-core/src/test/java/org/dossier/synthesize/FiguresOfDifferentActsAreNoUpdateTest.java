package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * What a ship carried and what was later pumped out of it are two quantities, not one figure updated: figures of
 * one unit and noun governed by verbs of different acts are never one disagreement, while figures of one act on
 * different days still are. First read (branch num20 from 906b601, 2026-12-03): 1 of 3, the one-act update ("carrying
 * 2,400 tonnes of fuel oil", then "pumped 1,900 tonnes of fuel oil" was an update, so was loaded then offloaded).
 */
class FiguresOfDifferentActsAreNoUpdateTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    private static boolean together(StoryDossier d, String a, String b) {
        return d.disagreements().stream().anyMatch(x -> values(x).contains(a) && values(x).contains(b));
    }

    private static List<String> values(Disagreement x) {
        return x.values().stream().map(Disagreement.Value::value).toList();
    }

    @Test
    void whatWasCarriedAndWhatWasPumpedOutAreTwoQuantities() {
        StoryDossier d = dossier(
                plain("a", "A freighter carrying 2,400 tonnes of fuel oil ran aground off Brennwick.", DAY),
                plain("b", "Salvage crews had pumped 1,900 tonnes of fuel oil from the freighter's tanks.", DAY.plusDays(3)));
        assertFalse(together(d, "2,400", "1,900"), d.disagreements().toString());
        assertEquals(2, d.claims().size(), d.claims().toString());
    }

    @Test
    void whatWasLoadedAndWhatWasOffloadedAreTwoQuantities() {
        StoryDossier d = dossier(
                plain("a", "The Mirella, loaded with 3,000 tonnes of diesel, lost power near Kestrel Point.", DAY),
                plain("b", "Tugs offloaded 2,600 tonnes of diesel from the Mirella overnight.", DAY.plusDays(2)));
        assertFalse(together(d, "3,000", "2,600"), d.disagreements().toString());
    }

    @Test
    void figuresOfOneActOnDifferentDaysAreStillAnUpdate() {
        StoryDossier d = dossier(
                plain("a", "Salvage crews had pumped 600 tonnes of fuel oil from the freighter's tanks.", DAY.plusDays(1)),
                plain("b", "Salvage crews had pumped 1,900 tonnes of fuel oil from the freighter's tanks.", DAY.plusDays(3)));
        Disagreement x = d.disagreements().stream().filter(y -> values(y).contains("1,900")).findFirst()
                .orElseThrow(() -> new AssertionError(d.disagreements().toString()));
        assertEquals("update", x.kind(), x.toString());
    }
}
