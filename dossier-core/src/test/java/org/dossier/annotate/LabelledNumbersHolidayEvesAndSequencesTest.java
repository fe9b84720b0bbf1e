package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The T8 round's time rules on short English texts written for them: numbers named by a noun before them that are no
 * years ({@code en/number-labels.txt}, {@link TimeResolver}); the Fourth of July and the eve of a named day ({@code
 * en/named-days.txt}, {@link NamedDays}), a named day with a clock placed by the tense, "last" before "until" a verb
 * ({@code en/word-tense.txt}), sets of months and seasons, "within days" and centuries ({@link TimeSpans}).
 */
class LabelledNumbersHolidayEvesAndSequencesTest {
    @Test
    void aNumberAfterALabellingNounIsNoYear() {
        LocalDate day = LocalDate.of(2025, 5, 14);
        String text = "The auction's Lot 1912 sold for $40,000 on Tuesday, and bidders also fought over its Model 1895 rifle.";
        assertNull(Texts.valueAt(text, day, "1912"));
        assertNull(Texts.valueAt(text, day, "1895"));
        String bill = "Senators will debate H.R. 2004 in the spring, and the hearing moved to Courtroom 1930.";
        assertNull(Texts.valueAt(bill, day, "2004"));
        assertNull(Texts.valueAt(bill, day, "1930"));
        assertEquals("1912", Texts.valueAt("The bridge opened in 1912 after a decade of work.", day, "1912"));
    }

    @Test
    void theFourthOfJulyIsIndependenceDay() {
        String text = "Crowds are expected on the lake shore for the Fourth of July, the park service said.";
        assertEquals("2026-07-04", Texts.valueAt(text, LocalDate.of(2026, 6, 29), "Fourth of July"));
    }

    @Test
    void theEveOfANamedDayIsTheDayBefore() {
        String text = "Shops will close early on the eve of Independence Day, the chamber of commerce said.";
        assertEquals("2026-07-03", Texts.valueAt(text, LocalDate.of(2026, 6, 22), "the eve of Independence Day"));
        String vote = "On the eve of the vote, the minister resigned.";
        assertNull(Texts.valueAt(vote, LocalDate.of(2026, 6, 22), "the eve of the vote"));
    }

    @Test
    void aNamedDayWithAClockFollowsTheTense() {
        String text = "The bridge will stay shut from 10 p.m. on Dec. 30 until 6 a.m. on New Year's Day.";
        assertEquals("2027-01-01T06:00", Texts.valueAt(text, LocalDate.of(2026, 12, 28), "6 a.m. on New Year's Day"));
    }

    @Test
    void lastBeforeUntilIsAVerbNoPastCue() {
        String text = "The holiday market will open on Saturday and last until Boxing Day, organisers said.";
        assertEquals("2026-12-26", Texts.valueAt(text, LocalDate.of(2026, 12, 1), "Boxing Day"));
    }

    @Test
    void aMonthOrSeasonAfterAQuantifierIsASet() {
        LocalDate day = LocalDate.of(2026, 2, 3);
        assertEquals("XXXX-09", Texts.valueAt("The fair returns to the valley every September.", day, "every September"));
        assertEquals("XXXX-WI", Texts.valueAt("The road is closed each winter by snow.", day, "each winter"));
    }

    @Test
    void withinABarePluralUnitIsAVagueDuration() {
        LocalDate day = LocalDate.of(2026, 2, 3);
        assertEquals("PXD", Texts.valueAt("A ruling is expected within days, lawyers said.", day, "within days"));
        assertEquals("PTXH", Texts.valueAt("Rescuers reached the village within hours.", day, "within hours"));
        assertEquals("P2D", Texts.valueAt("Rescuers reached the village within two days.", day, "two days"));
    }

    @Test
    void centuriesAreADurationInThePlural() {
        String text = "The abbey was rebuilt over three centuries by the monks.";
        assertEquals("P300Y", Texts.valueAt(text, LocalDate.of(2026, 2, 3), "three centuries"));
    }

    @Test
    void aQuarterOfAFiscalYearIsThatYearsQuarter() {
        String text = "Orders in the second quarter of fiscal 2027 are expected to recover.";
        assertEquals("FY2027-Q2", Texts.valueAt(text, LocalDate.of(2026, 5, 4), "the second quarter of fiscal 2027"));
    }

    @Test
    void thatDayAfterABareClockCountsFromTheDayNamedBefore() {
        String text = "The new law takes effect on Thursday, and the first fines fall due at 9 a.m. that day.";
        assertEquals("2026-05-07T09:00", Texts.valueAt(text, LocalDate.of(2026, 5, 4), "9 a.m."));
    }

    @Test
    void aDayAndMonthInsideADurationIsTheDay() {
        String text = "The operator will run the line for 24 months from 3 August.";
        assertEquals("2026-08-03", Texts.valueAt(text, LocalDate.of(2026, 5, 4), "3 August"));
    }

    @Test
    void followedByTakesTheTenseOfTheClauseBefore() {
        String text = "The draft goes to committee this week, followed by a vote in June.";
        assertEquals("2026-06", Texts.valueAt(text, LocalDate.of(2026, 5, 4), "June"));
    }
}
