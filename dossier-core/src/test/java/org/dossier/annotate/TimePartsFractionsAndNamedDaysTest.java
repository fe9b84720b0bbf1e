package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * English time values of the kinds set T5 brought, as {@code dossier annotate} prints them: durations made of parts,
 * seasons and named days placed by the clause's tense, parts of the day joined to their day, evening clocks, clocks
 * that take the day of their range or of the sentence before, frames counted further than "last" / "next", months
 * dated by the year a sentence opens with, infinitives after a future cue, and "every other".
 */
class TimePartsFractionsAndNamedDaysTest {
    private static final LocalDate TUESDAY = LocalDate.of(2024, 12, 10);

    @Test
    void aShareOfAUnitIsWrittenInTheSmallerUnit() {
        assertEquals("PT3H30M", Texts.valueAt("The flight took three and a half hours.", TUESDAY, "three and a half"));
        assertEquals("P1DT12H", Texts.valueAt("The search went on for a day and a half.", TUESDAY, "a day and a half"));
        assertEquals("P6M", Texts.valueAt("He spent half a year in hospital.", TUESDAY, "half a year"));
        assertEquals("P25Y", Texts.valueAt("The ban lasted a quarter of a century.", TUESDAY, "a quarter of a century"));
    }

    @Test
    void twoCountsJoinedByAndAreOneDuration() {
        assertEquals("PT3H20M", Texts.valueAt("The hearing lasted three hours and 20 minutes.", TUESDAY,
                "three hours and 20 minutes"));
    }

    @Test
    void aSeasonOfThisYearMovesWithTheClausesTense() {
        assertEquals("2026-SU", Texts.valueAt("The council intends to reopen the pool in the summer.",
                LocalDate.of(2025, 11, 10), "the summer"));
        assertEquals("2024-FA", Texts.valueAt("Orders collapsed in the autumn.", LocalDate.of(2025, 4, 10),
                "the autumn"));
    }

    @Test
    void aNamedDayOfTheYearIsReadFromItsRule() {
        assertEquals("2028-11-07", Texts.valueAt("Polls open early on Election Day.", LocalDate.of(2028, 10, 1),
                "Election Day"));
    }

    @Test
    void aPartOfTheDayOnAWeekdayIsThatDaysPart() {
        assertEquals("2024-12-12TMO", Texts.valueAt("Crews will start at daybreak on Thursday.", TUESDAY, "daybreak"));
    }

    @Test
    void aClockWithoutMeridiemInTheEveningIsAfterNoon() {
        assertEquals("2024-12-10T19:45", Texts.valueAt("The vigil begins at 7:45 this evening.", TUESDAY, "7:45"));
    }

    @Test
    void aClockThatOpensARangeTakesTheDayOfItsEnd() {
        assertEquals("2024-12-12T08:00", Texts.valueAt("Voting runs from 8 a.m. to 6 p.m. on Thursday.", TUESDAY,
                "8 a.m."));
    }

    @Test
    void aClockAfterADayNamedInTheSentenceBeforeIsOnThatDay() {
        assertEquals("2024-12-15T11:00", Texts.valueAt("The parade will be held on Sunday. It starts at 11 a.m.",
                TUESDAY, "11 a.m."));
    }

    @Test
    void framesCountedFurtherThanLastOrNextReachTwoUnits() {
        assertEquals("2024-W48-WE", Texts.valueAt("Crowds were larger the weekend before last.", TUESDAY,
                "the weekend before last"));
        assertEquals("2024-12-24", Texts.valueAt("The ferry resumes Tuesday week.", LocalDate.of(2024, 12, 12),
                "Tuesday week"));
        assertEquals("202", Texts.valueAt("Output should double later this decade.", TUESDAY, "this decade"));
        assertEquals("2000", Texts.valueAt("Home broadband spread around the turn of the century.", TUESDAY,
                "the turn of the century"));
    }

    @Test
    void aSentenceThatOpensWithAYearDatesItsMonthsAndDays() {
        LocalDate may = LocalDate.of(2025, 5, 10);
        assertEquals("2024-06-02", Texts.valueAt("Last year the festival opened on June 2.", may, "June 2"));
        assertEquals("2025-06-02", Texts.valueAt("The law, passed last year, takes effect on June 2.", may, "June 2"));
    }

    @Test
    void anInfinitiveAfterAFutureCueIsFuture() {
        assertEquals("2025-02-28", Texts.valueAt("The vote is expected to take place on Friday.",
                LocalDate.of(2025, 2, 24), "Friday"));
    }

    @Test
    void everyOtherCountsTwo() {
        assertEquals("P2W", Texts.valueAt("Bins are collected every other week.", TUESDAY, "every other week"));
        assertEquals("XXXX-WXX-2", Texts.valueAt("The club meets every other Tuesday.", TUESDAY, "every other Tuesday"));
    }

    @Test
    void theFallOfSomethingIsNoSeason() {
        assertEquals(null, Texts.valueAt("Crowds celebrated the fall of the regime.", TUESDAY, "the fall"));
        assertEquals("2024-FA", Texts.valueAt("Prices rose in the fall.", TUESDAY, "the fall"));
    }

    @Test
    void aScheduleVerbInThePresentPointsToTheComingWeekday() {
        assertEquals("2024-12-15", Texts.valueAt("The exhibition opens on Sunday.", TUESDAY, "Sunday"));
        assertEquals("2024-12-08", Texts.valueAt("The exhibition opened on Sunday.", TUESDAY, "Sunday"));
    }

    @Test
    void aWeekFromAWeekdayIsAWeekAfterTheComingOne() {
        assertEquals("2024-12-20", Texts.valueAt("The results will be out a week from Friday.", TUESDAY,
                "a week from Friday"));
    }

    @Test
    void aVerbJoinedToAFuturePassiveIsFuture() {
        assertEquals("2024-12-16", Texts.valueAt("The bridge will be closed on Friday and reopen on Monday.", TUESDAY,
                "Monday"));
    }
}
