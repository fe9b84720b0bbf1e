package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The T11 round's time rules on short English texts written for them: a school or academic year framed by a word
 * ("next academic year") as the year it opens in ({@link TeamSeasons}, {@code en/team-seasons.txt}); "before" yields
 * to a past verb before it in its clause and "could" / "may" / "might" put the bare verb after them in the future
 * unless negated or perfect ({@link Tense}, {@code en/tense-cues.txt}); a month and day of a future clause well
 * before the anchor is next year's, one of a past clause stays ({@link TimeResolver}); "a further year", "a single
 * week" ({@link TimeSpans}, {@code en/duration-adjectives.txt}); the days counted from Easter Sunday and the Easter
 * weekend ({@link NamedDays}, {@code en/named-days.txt}); "the previous autumn" and "two decades later" from the last
 * date named ({@link LaterDays}); a season a future modal follows the coming one ({@link TimeSeasons},
 * {@link WordTense}); a clock time passes over a day owning a noun for the day named before it
 * ({@link ClockDays}).
 */
class TermsModalsEasterAndSeasonsBesideTest {
    private static final LocalDate NOVEMBER = LocalDate.of(2025, 11, 19);

    @Test
    void aFramedAcademicYearIsTheYearItOpensIn() {
        String text = "The Orlen district will hire 40 teachers next academic year. Last school year it hired 25.";
        assertEquals("2026", Texts.valueAt(text, NOVEMBER, "next academic year"));
        assertEquals("2024", Texts.valueAt(text, NOVEMBER, "Last school year"));
    }

    @Test
    void beforeInAPastClauseIsNoFutureCue() {
        LocalDate january = LocalDate.of(2026, 1, 30);
        String past = "The Kelby striker scored nine goals before Christmas.";
        assertEquals("2025-12-25", Texts.valueAt(past, january, "Christmas"));
        LocalDate october = LocalDate.of(2025, 10, 14);
        String future = "The Kelby council must publish its budget before Christmas.";
        assertEquals("2025-12-25", Texts.valueAt(future, october, "Christmas"));
    }

    @Test
    void aBareVerbAfterCouldIsFutureUnlessNegated() {
        LocalDate friday = LocalDate.of(2026, 1, 30);
        String future = "The Dunmore winger could make his debut on Tuesday night.";
        assertEquals("2026-02-03TNI", Texts.valueAt(future, friday, "Tuesday night"));
        String negated = "The Dunmore club could not be reached on Tuesday.";
        assertEquals("2026-01-27", Texts.valueAt(negated, friday, "Tuesday"));
    }

    @Test
    void aMonthAndDayOfAFutureClauseWellPastTheAnchorIsNextYears() {
        String future = "From next year, classes at the Sandmere schools will start on Aug. 31.";
        assertEquals("2026-08-31", Texts.valueAt(future, NOVEMBER, "Aug. 31"));
        String near = "The Sandmere inspection report was due on Dec. 20 and will now be published next week.";
        assertEquals("2025-12-20", Texts.valueAt(near, LocalDate.of(2026, 1, 5), "Dec. 20"));
        String past = "A Kelby judge set a trial date of Oct. 14 on Tuesday.";
        assertEquals("2025-10-14", Texts.valueAt(past, LocalDate.of(2025, 6, 4), "Oct. 14"));
    }

    @Test
    void aFurtherOrSingleUnitIsADuration() {
        String text = "The Orwen contract runs to 2028 with the option of a further year; the plant lost 400 jobs "
                + "in a single week.";
        assertEquals("P1Y", Texts.valueAt(text, NOVEMBER, "a further year"));
        assertEquals("P1W", Texts.valueAt(text, NOVEMBER, "a single week"));
    }

    @Test
    void daysCountedFromEasterSundayTakeItsDate() {
        LocalDate march = LocalDate.of(2026, 3, 27);
        String text = "The Holbeck line closes over the Easter weekend and reopens on Easter Monday; the vigil is "
                + "on Holy Saturday.";
        assertEquals("2026-W14-WE", Texts.valueAt(text, march, "Easter weekend"));
        assertEquals("2026-04-06", Texts.valueAt(text, march, "Easter Monday"));
        assertEquals("2026-04-04", Texts.valueAt(text, march, "Holy Saturday"));
        assertEquals(LocalDate.of(2027, 3, 28), NamedDays.easterSunday(2027));
    }

    @Test
    void thePreviousSeasonAndLaterDecadesRunFromTheLastDateNamed() {
        LocalDate june = LocalDate.of(2025, 6, 14);
        String text = "The Marrow mill closed in March 1981 after a strike the previous autumn. Two decades later "
                + "the site was sold.";
        assertEquals("1980-FA", Texts.valueAt(text, june, "the previous autumn"));
        assertEquals("200", Texts.valueAt(text, june, "Two decades later"));
        String spring = "The Marrow mill closed in March 1981 and was pulled down the following spring.";
        assertEquals("1982-SP", Texts.valueAt(spring, june, "the following spring"));
    }

    @Test
    void aSeasonAFutureModalFollowsIsTheComingOne() {
        String future = "The Sandmere board chair said the spring term would end on a Thursday.";
        assertEquals("2026-SP", Texts.valueAt(future, NOVEMBER, "the spring"));
        String past = "The Sandmere board chair said the spring term was too short.";
        assertEquals("2025-SP", Texts.valueAt(past, NOVEMBER, "the spring"));
    }

    @Test
    void aClockTimePassesOverADayOwningANoun() {
        LocalDate friday = LocalDate.of(2025, 12, 5);
        String text = "The Corvane rocket will fly on Saturday, after Thursday's countdown was halted. The window "
                + "opens at 2:14 a.m.";
        assertEquals("2025-12-06T02:14", Texts.valueAt(text, friday, "2:14 a.m."));
    }
}
