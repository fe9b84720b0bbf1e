package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * English dates whose reading depends on the words around them, as {@code dossier annotate} prints them: a weekday
 * joined to a framed one, a clock time before a weekday, a verb after "will" that is also a cue word, a holiday in
 * the future, a month in the present tense, a number after a noun that it names.
 */
class TimesPlacedByTheirNeighboursTest {
    private static final LocalDate FRIDAY = LocalDate.of(2024, 2, 2);

    @Test
    void aWeekdayJoinedToAFramedWeekdayIsTheFirstSuchDayAfterIt() {
        String text = "Rail workers will strike next Thursday and Friday, the union said.";
        assertEquals("2024-02-08", Texts.valueAt(text, FRIDAY, "Thursday"));
        assertEquals("2024-02-09", Texts.valueAt(text, FRIDAY, "Friday"));
    }

    @Test
    void aClockTimeBeforeAWeekdayLetsTheTensePlaceTheDay() {
        assertEquals("2024-01-28T11:20", Texts.valueAt("The launch was scrubbed at 11:20 a.m. on Sunday.", FRIDAY, "11:20"));
    }

    @Test
    void aVerbAfterWillIsFutureEvenWhenItIsACueWord() {
        assertEquals("2024-03", Texts.valueAt("Repairs will last from March to May, the council said.", FRIDAY, "March"));
    }

    @Test
    void aNamedDayAheadInTheFutureTenseIsNextYears() {
        assertEquals("2025-01-01", Texts.valueAt("The shrine will close in spring and reopen by New Year's Day.",
                LocalDate.of(2024, 4, 22), "New Year's Day"));
    }

    @Test
    void aMonthInThePresentTenseIsTheNearestOne() {
        assertEquals("2026-01", Texts.valueAt("Its fiscal year begins in January.", LocalDate.of(2025, 10, 28), "January"));
    }

    @Test
    void aNumberAfterANounItNamesIsNoYear() {
        assertEquals(null, Texts.valueAt("Flight 1549 landed safely on Wednesday.", FRIDAY, "1549"));
    }
}
