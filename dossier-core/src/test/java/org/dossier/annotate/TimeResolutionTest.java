package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/** Time expressions resolved against the anchor with news conventions. Anchor: Wednesday 2023-03-15. */
class TimeResolutionTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);
    private static final LocalDate FRIDAY = LocalDate.of(2023, 3, 17);

    private static TimeMention time(String text, LocalDate anchor, String expr) {
        List<TimeMention> times = Texts.annotate(text, anchor).times();
        return times.stream().filter(t -> t.text().contains(expr)).findFirst()
                .orElseThrow(() -> new AssertionError("no time " + expr + " in " + times));
    }

    @Test
    void bareWeekdayInPastTenseIsTheLastSuchDay() {
        TimeMention t = time("The minister resigned on Monday after weeks of pressure.", WEDNESDAY, "Monday");
        assertEquals(LocalDate.of(2023, 3, 13), t.date());
        assertEquals("day", t.precision());
    }

    @Test
    void bareWeekdayInFutureTenseIsTheNextSuchDay() {
        assertEquals(LocalDate.of(2023, 3, 20),
                time("The committee will meet on Monday to discuss the budget.", WEDNESDAY, "Monday").date());
        assertEquals(LocalDate.of(2023, 3, 17),
                time("A vote on the bill is scheduled for Friday in parliament.", WEDNESDAY, "Friday").date());
    }

    @Test
    void reportingVerbPutsTheWeekdayInThePast() {
        assertEquals(LocalDate.of(2023, 3, 10),
                time("The central bank said on Friday that inflation had peaked.", WEDNESDAY, "Friday").date());
    }

    @Test
    void withoutAnchorAMonthAndDayTakeTheYearNearestTheClocksTodayNotTheRealDate() {
        String text = "The summit is planned for January 12 in Oslo.";
        assertEquals(List.of(LocalDate.of(2021, 1, 12)), datesWithoutAnchor(text, LocalDate.of(2020, 12, 28)));
        assertEquals(List.of(LocalDate.of(2023, 1, 12)), datesWithoutAnchor(text, LocalDate.of(2023, 6, 1)));
    }

    /** The dates of the text's times, annotated without an anchor by an annotator whose today is {@code today}. */
    private static List<LocalDate> datesWithoutAnchor(String text, LocalDate today) {
        return Texts.annotatorOn(today).annotate(Texts.article("t", text), null).times().stream()
                .map(TimeMention::date).toList();
    }

    @Test
    void monthAndDayWithoutYearTakeTheYearNearestTheAnchor() {
        TimeMention t = time("The summit is planned for January 12 in Oslo.", LocalDate.of(2022, 12, 28),
                "January 12");
        assertEquals(LocalDate.of(2023, 1, 12), t.date());
    }

    @Test
    void weekdayWithDateIsResolvedAsTheStatedDay() {
        TimeMention t = time("The talks began on Monday January 10 in the morning.", LocalDate.of(2022, 1, 11),
                "January 10");
        assertEquals(LocalDate.of(2022, 1, 10), t.date());
    }

    @Test
    void durationsAndPresentReferencesAreDropped() {
        List<TimeMention> times = Texts.annotate("The strike has now lasted for three weeks and may go on.",
                WEDNESDAY).times();
        assertTrue(times.isEmpty(), times.toString());
    }

    @Test
    void thisWeekHasWeekPrecisionStartingOnMonday() {
        TimeMention t = time("Leaders gather in Rome this week for the climate talks.", WEDNESDAY, "this week");
        assertEquals("week", t.precision());
        assertEquals(LocalDate.of(2023, 3, 13), t.date());
    }

    @Test
    void weekdayAttachesToTheFutureVerbBeforeItNotToAParticipleAfterIt() {
        assertEquals(LocalDate.of(2023, 3, 20), time("The envoy will lead a delegation on Monday caught up in a "
                + "dispute over fishing rights.", WEDNESDAY, "Monday").date());
    }

    @Test
    void weekdayOpeningTheSentenceTakesTheTenseOfTheVerbAfterIt() {
        assertEquals(LocalDate.of(2023, 3, 13), time("On Monday, the ministers signed the accord in Rome.",
                FRIDAY, "Monday").date());
    }

    @Test
    void commaEndsTheClauseToTheLeftOfTheWeekday() {
        assertEquals(LocalDate.of(2023, 3, 20), time("The ministers met in Rome, and on Monday they will sign the "
                + "accord in Paris.", WEDNESDAY, "Monday").date());
    }

    @Test
    void weekdaySetOffByCommasTakesTheVerbBeforeTheComma() {
        assertEquals(LocalDate.of(2023, 3, 13), time("The delegation visited, on Monday, the harbour of Genoa.",
                FRIDAY, "Monday").date());
    }

    @Test
    void negatedFutureVerbGroupIsStillFuture() {
        assertEquals(LocalDate.of(2023, 3, 24), time("The president will not travel to the summit on Friday.",
                LocalDate.of(2023, 3, 18), "Friday").date());
    }
}
