package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.TimeValue;
import org.junit.jupiter.api.Test;

/** Seasons, parts of months and "two days later" get TIMEX3-style values from the rules alone (no tagger). */
class SeasonsMonthPartsAndLaterDaysTest {
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 3);

    private static String value(String text, String expr, LocalDate anchor) {
        return TimexValues.all(text, "en", List.of(), anchor).stream().filter(v -> v.text().equalsIgnoreCase(expr))
                .map(TimeValue::value).findFirst().orElse(null);
    }

    @Test
    void lastWinterIsTheWinterBeforeTheAnchorsSeason() {
        assertEquals("2023-WI", value("Work was delayed last winter by storms.", "last winter", JUNE));
    }

    @Test
    void nextSpringIsTheFirstSpringAfterTheAnchor() {
        assertEquals("2025-SP", value("Tolls will be introduced next spring.", "next spring", JUNE));
    }

    @Test
    void thisOrTheSeasonIsTheSeasonOfTheAnchorsYear() {
        assertEquals("2024-FA", value("She plans to open a sixth shop this autumn.", "this autumn", JUNE));
        assertEquals("2024-SU", value("A deal is expected before the summer.", "the summer",
                LocalDate.of(2024, 1, 30)));
    }

    @Test
    void winterInJanuaryIsTheWinterThatBeganInDecember() {
        assertEquals("2023-WI", value("Heating bills this winter are the highest yet.", "this winter",
                LocalDate.of(2024, 1, 20)));
    }

    @Test
    void aSeasonWithAYearTakesThatYear() {
        assertEquals("2019-SU", value("The pier was last repaired in the summer of 2019.", "the summer of 2019", JUNE));
    }

    @Test
    void bareFallAndCapitalisedSeasonsAreNotTimes() {
        assertTrue(TimexValues.all("Prices fall when Summer Street closes.", "en", List.of(), JUNE).isEmpty());
    }

    @Test
    void midMonthIsTheMonthNearestTheAnchor() {
        assertEquals("2024-08", value("The bridge will open in mid-August.", "mid-August", JUNE));
        assertEquals("2024-12", value("Sales have slowed since early December.", "early December",
                LocalDate.of(2025, 2, 10)));
    }

    @Test
    void daysLaterCountFromTheLastDayNamed() {
        String text = "Pilots walked out on Feb. 1. Two days later, the union rejected an offer.";
        List<TimeValue> found = List.of(new TimeValue(21, 27, "Feb. 1", "2023-02-01"));
        List<TimeValue> later = LaterDays.find(text, found);
        assertEquals(1, later.size());
        assertEquals("2023-02-03", later.get(0).value());
        assertEquals("Two days later", later.get(0).text());
    }

    @Test
    void laterThanIsADuration() {
        assertEquals("P2M", value("It opens two months later than planned.", "two months", JUNE));
    }

    @Test
    void laterWithNoDayBeforeGivesNothing() {
        assertTrue(LaterDays.find("Two days later, the union rejected an offer.", List.of()).isEmpty());
    }
}
