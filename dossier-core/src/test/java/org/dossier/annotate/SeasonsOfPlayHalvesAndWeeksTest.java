package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The T7 round's time rules on short English texts written for them: framed seasons of play ({@link TeamSeasons}),
 * halves of a framed year, "the week of" a day and a verb after a future infinitive read as future
 * whatever word it is ({@link Tense}).
 */
class SeasonsOfPlayHalvesAndWeeksTest {
    @Test
    void aFramedSeasonOfPlayIsTheYearItOpensIn() {
        String spring = "The coach said the squad would be rebuilt for next season after a poor run.";
        assertEquals("2026", Texts.valueAt(spring, LocalDate.of(2026, 3, 9), "next season"));
        String autumn = "The winger, who scored nine times last season, joined on a free transfer.";
        assertEquals("2025", Texts.valueAt(autumn, LocalDate.of(2026, 9, 2), "last season"));
        String winter = "Injuries have cost the team dearly this season, the manager admitted.";
        assertEquals("2024", Texts.valueAt(winter, LocalDate.of(2025, 1, 20), "this season"));
    }

    @Test
    void theNextSeasonOfAShowIsNoTime() {
        String tv = "Streaming service Lumora said the next season of the comedy would be its last.";
        assertNull(Texts.valueAt(tv, LocalDate.of(2025, 6, 4), "next season of"));
    }

    @Test
    void aHalfOfAFramedYearIsThatYearsHalf() {
        String text = "The airline expects demand to recover in the second half of next year, its chief executive said.";
        assertEquals("2027-H2", Texts.valueAt(text, LocalDate.of(2026, 10, 14), "the second half of next year"));
        String past = "Shipments slumped in the first half of last year before recovering.";
        assertEquals("2023-H1", Texts.valueAt(past, LocalDate.of(2024, 5, 2), "the first half of last year"));
    }

    @Test
    void theWeekOfADayIsThatWeek() {
        String text = "Hearings in the inquiry are set for the week of March 9, the commission said on Monday.";
        assertEquals("2026-W11", Texts.valueAt(text, LocalDate.of(2026, 2, 16), "the week of March 9"));
    }

    @Test
    void aVerbAfterAFutureInfinitiveIsFutureWhateverWordItIs() {
        String text = "The inquiry, which opened in May, is expected to last until early February.";
        assertEquals("2026-02", Texts.valueAt(text, LocalDate.of(2025, 11, 20), "early February"));
    }
}
