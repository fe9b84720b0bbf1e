package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The T10 round's time rules on short English texts written for them: counts of years and months run from the last
 * month or year named ({@link LaterDays}, {@code en/following-units.txt}), not only from a day; a day owning a noun
 * ("Friday's close") is no point a count runs from; a participle after a comma ("…, ending above Friday's close")
 * takes its main clause's tense ({@link Tense}); a month with its year inside a longer span keeps its month
 * ({@link TimeResolver}); a verb after a modal is no tense cue of its own ("could last", {@link Tense}); "year to
 * date" and "50 years ago this week" ({@link TimeReferences}); a lower-case "election day" the day the story's voters
 * go to the polls ({@link EventDays}). The rules are English data: other languages' dates are read by their own rule
 * files.
 */
class CountsFromNamedMonthsToDateAndEventDaysTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 2, 18);

    @Test
    void aCountOfYearsRunsFromTheMonthNamedBeforeIt() {
        String text = "Officers at Brannock first questioned the treasurer in October 2020, and two years later "
                + "prosecutors charged him.";
        assertEquals("2022", Texts.valueAt(text, WEDNESDAY, "two years later"));
        assertEquals("2020-10", Texts.valueAt(text, WEDNESDAY, "October 2020"));
    }

    @Test
    void theFollowingMonthRunsFromTheMonthNamedBeforeIt() {
        String text = "The Orwin hearing was set for May 2024 but was moved to the following month after a flood.";
        assertEquals("2024-06", Texts.valueAt(text, WEDNESDAY, "the following month"));
    }

    @Test
    void thePreviousYearRunsFromTheYearNamedBeforeIt() {
        String text = "The Kelby mill reopened in 2011, after a fire had gutted it the previous year.";
        assertEquals("2010", Texts.valueAt(text, WEDNESDAY, "the previous year"));
    }

    @Test
    void aDayOwningANounIsNoPointACountRunsFrom() {
        String text = "Shares in Tarrow Mining rose 3% on Monday, ending 1% above Friday's close. The copper price "
                + "fell to $9,100 from $9,400 a week earlier.";
        LocalDate monday = LocalDate.of(2025, 10, 27);
        assertEquals("2025-10-24", Texts.valueAt(text, monday, "Friday"));
        assertEquals("2025-W43", Texts.valueAt(text, monday, "a week earlier"));
    }

    @Test
    void aVerbAfterAModalIsNoPastCue() {
        String text = "The Velmar coalition talks could last until Christmas, party officials said.";
        LocalDate autumn = LocalDate.of(2025, 9, 28);
        assertEquals("2025-12-25", Texts.valueAt(text, autumn, "Christmas"));
    }

    @Test
    void aParticipleAfterACommaTakesItsMainClausesTense() {
        LocalDate tuesday = LocalDate.of(2025, 10, 28);
        String past = "Shares in Tarrow Mining rose on Monday, ending above Friday's close.";
        assertEquals("2025-10-24", Texts.valueAt(past, tuesday, "Friday"));
        String future = "The Orwin arcade shops will shut for five days, including Sunday, the landlord said.";
        assertEquals("2025-11-02", Texts.valueAt(future, tuesday, "Sunday"));
    }

    @Test
    void yearToDateIsTheArticlesYear() {
        String text = "The Corvant index is up 9% year to date, and its month-to-date gain is 2%.";
        LocalDate october = LocalDate.of(2025, 10, 27);
        assertEquals("2025", Texts.valueAt(text, october, "year to date"));
        assertEquals("2025-10", Texts.valueAt(text, october, "month-to-date"));
    }

    @Test
    void yearsAgoThisWeekIsThatWeekBackThen() {
        String text = "The Harlow ferry first sailed 50 years ago this week, and the bridge opened 40 years ago today.";
        LocalDate july = LocalDate.of(2025, 7, 16);
        assertEquals("1975-W29", Texts.valueAt(text, july, "50 years ago this week"));
        assertEquals("1985-07-16", Texts.valueAt(text, july, "40 years ago today"));
    }

    @Test
    void aLowerCaseElectionDayIsTheDayTheStorysVotersGoToThePolls() {
        String text = "Voters in Marrowby go to the polls on Sunday to elect a mayor. Candidate Ines Falk told "
                + "supporters on Thursday that election day would settle the tram dispute.";
        LocalDate friday = LocalDate.of(2025, 9, 26);
        assertEquals("2025-09-28", Texts.valueAt(text, friday, "election day"));
        assertNotEquals("2025-11-04", Texts.valueAt(text, friday, "election day"));
    }

    @Test
    void aLowerCaseElectionDayWithNoPollsNamedGetsNoDay() {
        String text = "Candidate Ines Falk told supporters on Thursday that election day would settle the tram dispute.";
        assertNull(Texts.valueAt(text, LocalDate.of(2025, 9, 26), "election day"));
    }
}
