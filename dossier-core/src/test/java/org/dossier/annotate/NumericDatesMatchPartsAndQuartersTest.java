package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.TimeValue;
import org.junit.jupiter.api.Test;

/**
 * Time values the rules give without the tagger: numeric dates in the article's own order, parts of a match that are
 * no times, ordinal quarters nearest the anchor, halves named in the sentence after a business word, plural weekdays
 * as sets, four-digit clocks before a zone, ISO date-times, "a week earlier" as a week, "the coming weeks".
 */
class NumericDatesMatchPartsAndQuartersTest {
    private static final LocalDate OCTOBER = LocalDate.of(2024, 10, 24);

    private static String value(String text, String expr, LocalDate anchor) {
        int start = text.indexOf(expr);
        int end = start + expr.length();
        return TimexValues.all(text, "en", List.of(), anchor).stream()
                .filter(v -> v.start() < end && v.end() > start).map(TimeValue::value).findFirst().orElse(null);
    }

    @Test
    void aNumericDateIsReadDayFirstWhenAnotherCanOnlyBeReadThatWay() {
        String text = "The contract, signed on 10/01/2022, runs until 31/03/2027.";
        assertEquals("2022-01-10", value(text, "10/01/2022", OCTOBER));
        assertEquals("2027-03-31", value(text, "31/03/2027", OCTOBER));
    }

    @Test
    void aNumericDateIsReadDayFirstInAnArticleThatWritesDayMonthDates() {
        String text = "The hearing on 3 March was adjourned. The notice dated 04/01/2022 was served on 12 February.";
        assertEquals("2022-01-04", value(text, "04/01/2022", OCTOBER));
    }

    @Test
    void aNumericDateIsReadMonthFirstInAnArticleThatWritesMonthDayDates() {
        String text = "The order of March 3 followed a filing dated 04/01/2022.";
        assertEquals("2022-04-01", value(text, "04/01/2022", OCTOBER));
        assertEquals("2023-12-25", value("Stores close early on 12/25/2023 and 01/02/2024.", "12/25/2023", OCTOBER));
        assertEquals("2024-01-02", value("Stores close early on 12/25/2023 and 01/02/2024.", "01/02/2024", OCTOBER));
    }

    @Test
    void aCountedMinuteOfAMatchIsNoTime() {
        assertNull(value("Osei scored in the 89th minute to win it.", "89th minute", OCTOBER));
    }

    @Test
    void theFirstHalfOfAMatchIsNoHalfOfTheYear() {
        assertNull(value("Sales of tickets soared after he scored twice in the first half.", "first half", OCTOBER));
        assertEquals("2024-H1", value("Sales rose in the first half, the retailer said.", "first half", OCTOBER));
    }

    @Test
    void aHalfAfterASentenceOnProfitsIsAHalfOfTheYear() {
        assertEquals("2024-H2", value("First-half profit fell 18%. It expects the second half to be stronger.",
                "the second half", OCTOBER));
    }

    @Test
    void anOrdinalQuarterWithoutAYearIsTheQuarterNearestTheAnchor() {
        assertEquals("2024-Q4", value("It will report fourth-quarter results in late January.", "fourth-quarter",
                OCTOBER));
        assertEquals("2024-Q4", value("Its fourth-quarter sales fell.", "fourth-quarter", LocalDate.of(2025, 2, 3)));
        assertNull(value("They led by ten points in the fourth quarter before a late touchdown.", "fourth quarter",
                OCTOBER));
    }

    @Test
    void aPluralWeekdayIsASet() {
        assertEquals("XXXX-WXX-6", value("The centre will open on Saturdays.", "Saturdays", OCTOBER));
        assertEquals("XXXX-WXX-5", value("Bins go out on alternate Fridays.", "Fridays", OCTOBER));
    }

    @Test
    void fourDigitsBeforeAZoneInCapitalsAreAClockTime() {
        String text = "It struck at 4:17 a.m. local time (1917 GMT), officials said.";
        assertEquals("2024-10-24T19:17", value(text, "1917 GMT", OCTOBER));
        assertEquals("1917", value("The club was founded in 1917, local historians say.", "1917", OCTOBER));
    }

    @Test
    void anIsoDateTimeKeepsItsOwnDayAndClock() {
        assertEquals("2025-11-01T14:05", value("The outage began at 2025-11-01T14:05Z.", "2025-11-01T14:05Z", OCTOBER));
    }

    @Test
    void aWeekEarlierIsTheWeekBeforeTheDayNamedBefore() {
        String text = "A suspect was arrested on Sept. 12. A first man had been detained a week earlier.";
        List<TimeValue> days = List.of(new TimeValue(text.indexOf("Sept. 12"), text.indexOf("Sept. 12") + 8,
                "Sept. 12", "2025-09-12"));
        assertEquals("2025-W36", LaterDays.find(text, days).get(0).value());
    }

    @Test
    void aDayCountsFromTheDayNamedNearestBeforeIt() {
        String text = "Fighting resumed on May 30. Talks opened on June 1. The day before, envoys met.";
        List<TimeValue> found = List.of(
                new TimeValue(text.indexOf("June 1"), text.indexOf("June 1") + 6, "June 1", "2024-06-01"),
                new TimeValue(text.indexOf("May 30"), text.indexOf("May 30") + 6, "May 30", "2024-05-30"));
        assertEquals("2024-05-31", LaterDays.relative(text, found).get(0).value());
    }

    @Test
    void theComingWeeksAreTheFutureAndRecentMonthsThePast() {
        assertEquals("FUTURE_REF", value("Picks will be named in the coming weeks.", "the coming weeks", OCTOBER));
        assertEquals("PAST_REF", value("Prices have risen in recent months.", "recent months", OCTOBER));
    }

    @Test
    void aFramedUnitOwningANounIsThatUnit() {
        assertEquals("2024-W42", value("The sides drew in last week's meeting.", "last week", OCTOBER));
        assertEquals("2025", value("Next year's budget is due.", "Next year", OCTOBER));
    }

    @Test
    void aCountWithThousandsSeparatorsIsOneDuration() {
        assertEquals("P1400D", value("The trilogy took 1,400 days to shoot.", "1,400 days", OCTOBER));
    }
}
