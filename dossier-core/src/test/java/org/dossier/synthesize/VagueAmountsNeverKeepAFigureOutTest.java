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
 * A vague amount ("hundreds of tonnes") is read into a group only after the figures, so it never keeps a figure out
 * of the disagreement it belongs to; a vague amount that fits them is still listed with them. First read (branch
 * num20 at 3bdcd5c, 2026-12-03): 1 of 2 ("no more than 40 tonnes" was left out of the leak's contradiction).
 */
class VagueAmountsNeverKeepAFigureOutTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 6);

    private static List<String> values(StoryDossier d) {
        List<Disagreement> out = d.disagreements().stream().filter(x -> x.unit().equals("tonnes")).toList();
        assertEquals(1, out.size(), out.toString());
        return out.get(0).values().stream().map(Disagreement.Value::value).toList();
    }

    @Test
    void aFigureFarBelowAVagueAmountStaysInItsDisagreement() {
        StoryDossier d = dossier(
                plain("a", "Hundreds of tonnes of fuel had leaked, Seawatch said.", DAY),
                plain("b", "The coast guard said 100 tonnes of fuel had leaked from the vessel.", DAY),
                plain("c", "Veldt Marine said no more than 40 tonnes of fuel had leaked.", DAY));
        List<String> values = values(d);
        assertTrue(values.contains("100") && values.contains("up to 40"), values.toString());
    }

    @Test
    void aVagueAmountThatFitsTheFiguresIsListedWithThem() {
        StoryDossier d = dossier(
                plain("a", "Dozens of tonnes of fuel had leaked, Seawatch said.", DAY),
                plain("b", "The coast guard said 100 tonnes of fuel had leaked from the vessel.", DAY),
                plain("c", "Veldt Marine said no more than 40 tonnes of fuel had leaked.", DAY));
        assertTrue(values(d).contains("dozens"), values(d).toString());
    }
}
