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
 * Figures of a leak from several sources on one day are one contradiction labelled by what they measure ("tonnes
 * of fuel leaked"), whether the sentence names the leak ("put the leak at") or its verb ("had leaked from the
 * vessel"); each figure's label says it too. First read (branch num20 from 906b601, 2026-12-03): 0 of 2 (labelled
 * only "tonnes").
 */
class LeakFiguresAreLabelledByWhatLeakedTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 6);

    private static StoryDossier leak() {
        return dossier(
                plain("a", "The coast guard said 100 tonnes of fuel had leaked from the vessel.", DAY),
                plain("b", "Veldt Marine said no more than 40 tonnes had leaked.", DAY),
                plain("c", "Seawatch put the leak at 280 tonnes on Wednesday, citing satellite images.", DAY));
    }

    @Test
    void theLeaksFiguresAreOneContradictionLabelledByWhatLeaked() {
        StoryDossier d = leak();
        List<Disagreement> out = d.disagreements().stream().filter(x -> x.unit().equals("tonnes")).toList();
        assertEquals(1, out.size(), out.toString());
        assertEquals("contradiction", out.get(0).kind());
        assertEquals(3, out.get(0).values().size(), out.toString());
        assertTrue(out.get(0).subject().contains("leaked"), out.get(0).subject());
    }

    @Test
    void eachLeakFigureSaysWhatLeaked() {
        StoryDossier d = leak();
        assertEquals(3, d.claims().size(), d.claims().toString());
        assertTrue(d.claims().stream().allMatch(c -> c.subject().endsWith("leaked")), d.claims().toString());
        assertTrue(d.claims().stream().anyMatch(c -> c.subject().equals("tonnes of fuel leaked")), d.claims().toString());
    }
}
