package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The T13 round's time rules on short English texts written for them (none is a sentence of the set): timetables and
 * modals that point a weekday ahead ({@link ScheduleVerbs}, {@link Tense}), present passives before a named day
 * ({@link WordTense}), and the other rules of the round named by each test. The rules are English data.
 */
class TimetablesPassivesAndFiscalQuartersTest {
    /** A Wednesday: the Monday just gone is nearer than the next one. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 10, 15);

    @Test
    void aBareVerbAfterShouldOrMustIsAhead() {
        assertEquals("2025-10-20", Texts.valueAt("The Orwin line should reopen by Monday, engineers said.",
                WEDNESDAY, "Monday"));
        assertEquals("2025-10-20", Texts.valueAt("Bids must arrive by Monday at the Felsted council offices.",
                WEDNESDAY, "Monday"));
        assertEquals("2025-10-13", Texts.valueAt("The Orwin line should have reopened on Monday.", WEDNESDAY,
                "Monday"));
    }

    @Test
    void aCompanyThatReportsOnAWeekdayReportsOnTheNextOne() {
        assertEquals("2025-10-20", Texts.valueAt("Brannock Foods reports on Monday before the market opens.",
                WEDNESDAY, "Monday"));
    }

    @Test
    void anEventThatTakesPlaceOnAWeekdayIsAhead() {
        assertEquals("2025-10-20", Texts.valueAt("The Harlow regatta takes place on Monday, its organisers said.",
                WEDNESDAY, "Monday"));
    }

    @Test
    void aTimetableVerbTheTaggerReadAsASingularNounAfterANameIsAhead() {
        assertEquals("2025-10-20", Texts.valueAt(
                "Pupils in Wyndham return to school on Monday after a week of flooding.", WEDNESDAY, "Monday"));
    }

    @Test
    void aParticipleClosingACompoundAdjectiveIsNoPast() {
        String text = "On Monday, top-ranked Felsted meet Carrick in the semi-final, the league said.";
        assertEquals("2025-10-20", Texts.valueAt(text, WEDNESDAY, "Monday"));
    }

    @Test
    void aNamedDayAfterAPresentPassiveIsTheComingOne() {
        LocalDate march = LocalDate.of(2026, 3, 20);
        assertEquals("2026-04-06", Texts.valueAt("The final round is played on Easter Monday at Carrow Park.", march,
                "Easter Monday"));
        assertEquals("2025-04-21", Texts.valueAt("The final round was played on Easter Monday at Carrow Park.", march,
                "Easter Monday"));
    }

    @Test
    void aClockThatClosesItsSentenceTakesNoDayFromTheNext() {
        LocalDate friday = LocalDate.of(2026, 3, 20);
        String text = "Felsted host Carrick on Saturday in the late kick-off at 5.30pm. On Sunday, Orwin meet Dunford.";
        assertEquals("2026-03-21T17:30", Texts.valueAt(text, friday, "5.30pm"));
        assertEquals("2026-03-22", Texts.valueAt(text, friday, "Sunday"));
    }

    @Test
    void aQuarterCalledFiscalIsAQuarterOfTheFiscalYearNamedNearIt() {
        LocalDate march = LocalDate.of(2026, 3, 4);
        String text = "Orwin Tools said sales rose in its fiscal third quarter and kept its outlook for fiscal 2026.";
        assertEquals("FY2026-Q3", Texts.valueAt(text, march, "fiscal third quarter"));
    }

    @Test
    void aHalfOfTheFiscalYearIsTheHalfOfTheFiscalYearNamedBefore() {
        LocalDate march = LocalDate.of(2026, 3, 4);
        String text = "Orwin Tools cut its outlook for fiscal 2026. Shares fell 4%. Profit for the first half of the "
                + "fiscal year was $40 million.";
        assertEquals("FY2026-H1", Texts.valueAt(text, march, "the first half of the fiscal year"));
    }

    @Test
    void aPlainQuarterAfterAFiscalQuarterIsTheFiscalYears() {
        LocalDate march = LocalDate.of(2026, 3, 4);
        String text = "Orwin Tools said sales rose in its fiscal third quarter and kept its outlook for fiscal 2026. "
                + "It expects fourth-quarter sales of $90 million.";
        assertEquals("FY2026-Q4", Texts.valueAt(text, march, "fourth-quarter"));
        String alone = "Orwin Tools kept its outlook for fiscal 2026. It expects fourth-quarter sales of $90 million.";
        assertEquals("2025-Q4", Texts.valueAt(alone, march, "fourth-quarter"));
    }

    @Test
    void secondsCountedInThePluralAreADuration() {
        String text = "The countdown stopped with 45 seconds left, and a second attempt is set for Friday.";
        assertEquals("PT45S", Texts.valueAt(text, WEDNESDAY, "45 seconds"));
        assertEquals(null, Texts.valueAt(text, WEDNESDAY, "a second attempt"));
    }

    @Test
    void theNextMonthAfterWithinIsASpanOfAMonth() {
        assertEquals("P1M", Texts.valueAt("Tenants should apply within the next month, the Orwin board said.",
                WEDNESDAY, "the next month"));
    }

    @Test
    void anOrdinalWeekdayOfAMonthIsThatDate() {
        assertEquals("2025-11-03", Texts.valueAt("The Orwin market moves to the first Monday of next month.",
                WEDNESDAY, "the first Monday of next month"));
        assertEquals("2025-12-29", Texts.valueAt("The Orwin market moves to the last Monday in December.",
                WEDNESDAY, "the last Monday in December"));
    }

    @Test
    void theLastWeekendOfAMonthIsTheWeekendOfItsLastSaturday() {
        assertEquals("2025-W48-WE", Texts.valueAt("The Harlow fair is held on the last weekend of November.",
                WEDNESDAY, "the last weekend of November"));
    }

    @Test
    void anOrdinalWeekdayApposedToADateIsReadBesideIt() {
        String text = "Voting ends on Oct. 26, the last Sunday of the month, the Orwin council said.";
        assertEquals("2025-10-26", Texts.valueAt(text, WEDNESDAY, "the last Sunday of the month"));
        assertEquals("2025-10-26", Texts.valueAt(text, WEDNESDAY, "Oct. 26"));
    }

    @Test
    void aPartOfAMonthGoneByInAFutureClauseIsNextYears() {
        LocalDate september = LocalDate.of(2026, 9, 2);
        assertEquals("2027-05", Texts.valueAt("Orwin's summer school exams begin in mid-May, the board said.",
                september, "mid-May"));
        assertEquals("2026-05", Texts.valueAt("Orwin's summer school exams ended in mid-May, the board said.",
                september, "mid-May"));
    }

    @Test
    void aFortnightLaterIsTheWeekTwoWeeksAfterTheLastDayNamed() {
        String text = "The Orwin league ends on May 9. The play-offs follow a fortnight later at Carrow Park.";
        assertEquals("2026-W21", Texts.valueAt(text, LocalDate.of(2026, 3, 20), "a fortnight later"));
    }

    @Test
    void aCapitalisedSeasonOpeningASentenceBeforeANounIsTheSeason() {
        LocalDate september = LocalDate.of(2026, 9, 2);
        assertEquals("2027-SP", Texts.valueAt("Classes are full. Spring term starts on Jan. 5 at Orwin College.",
                september, "Spring term"));
        assertEquals(null, Texts.valueAt("The Orwin clinic moved to Summer Street last week.", september,
                "Summer Street"));
    }

    @Test
    void theNewYearSaidInTheYearsLastMonthsIsNextYear() {
        LocalDate november = LocalDate.of(2026, 11, 12);
        assertEquals("2027", Texts.valueAt("The Orwin board will vote again in the new year, its chair said.",
                november, "the new year"));
    }

    @Test
    void aWeekdayLinkedToChristmasIsCountedFromTheChristmasItsClausePlaces() {
        LocalDate december = LocalDate.of(2025, 12, 19);
        assertEquals("2024-12-23", Texts.valueAt("Last year, queues at Orwin peaked on the Monday before Christmas.",
                december, "the Monday before Christmas"));
    }

    @Test
    void aHeadlinePlanWithoutItsVerbIsAhead() {
        assertEquals("2025-10-20", Texts.valueAt("Orwin dock strike set for Monday\nThe union said talks had failed.",
                WEDNESDAY, "Monday"));
    }

    @Test
    void aTimeBetweenANounAndItsPastVerbIsInThePast() {
        String text = "The Orwin depot has been closed since a flood early Sunday wrecked its pumps, the council says.";
        assertEquals("2025-10-12", Texts.valueAt(text, WEDNESDAY, "early Sunday"));
    }

    @Test
    void aWeekdayDeadlineOfAPresentClauseIsAhead() {
        String text = "Forecasters expect snow in Orwin, with roads clearing by Sunday night.";
        assertEquals("2025-10-19TNI", Texts.valueAt(text, LocalDate.of(2025, 10, 15), "Sunday night"));
        assertEquals("2025-10-12", Texts.valueAt("Roads had cleared by Sunday, the Orwin council said.",
                LocalDate.of(2025, 10, 15), "Sunday"));
    }

    @Test
    void aDayOfANounLastYearOwnsIsInLastYear() {
        String text = "The mayor, who signed last year's budget on July 2, has 10 days to act on the Orwin bill.";
        assertEquals("2025-07-02", Texts.valueAt(text, LocalDate.of(2026, 3, 5), "July 2"));
    }

    @Test
    void aDayThatIsBookedForIsAheadWhateverTheVerb() {
        LocalDate november = LocalDate.of(2025, 11, 19);
        assertEquals("2025-12-31", Texts.valueAt("At Orwin, fares for New Year's Eve have doubled since 2023.",
                november, "New Year's Eve"));
    }

    @Test
    void aNamedDayFollowedByWeekIsTheWeekOfThatDay() {
        LocalDate november = LocalDate.of(2025, 11, 19);
        assertEquals("2025-W52", Texts.valueAt("Orwin hotels are nearly full for Christmas week, the board said.",
                november, "Christmas week"));
    }
}
