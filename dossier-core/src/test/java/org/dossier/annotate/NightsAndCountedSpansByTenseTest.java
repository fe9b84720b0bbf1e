package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * English nights named without their day and counted spans after "in", as {@code dossier annotate} prints them: the
 * night before the weekday it runs into, last night when the clause reports the past, and "in three weeks" a stretch
 * when the clause reports the past; a weekday in a holiday's name, "last" as a verb, a month inside a duration, and
 * "are" after a noun, which is no past form.
 */
class NightsAndCountedSpansByTenseTest {
    private static final LocalDate TUESDAY = LocalDate.of(2024, 12, 10);

    @Test
    void aNightIntoAWeekdayIsTheNightBeforeIt() {
        assertEquals("2024-12-11TNI", Texts.valueAt("Rain will spread from the west overnight into Thursday.", TUESDAY,
                "overnight"));
    }

    @Test
    void aNightInThePastIsLastNight() {
        assertEquals("2024-12-09TNI", Texts.valueAt("Counting went on through the night after the polls closed.", TUESDAY,
                "night"));
        assertEquals("2024-12-10TNI", Texts.valueAt("Up to 20cm of snow could fall overnight.", TUESDAY, "overnight"));
    }

    @Test
    void aCountedSpanAfterInIsAStretchWhenTheClauseReportsThePast() {
        assertEquals("P3W", Texts.valueAt("The exhibition has drawn 40,000 visitors in three weeks.", TUESDAY, "three weeks"));
        assertEquals("2024-W52", Texts.valueAt("The bridge will reopen in two weeks.", TUESDAY, "two weeks"));
    }

    @Test
    void aWeekdayInAHolidaysNameIsTheHolidaysDay() {
        assertEquals("2025-04-20", Texts.valueAt("Shops will close early on Good Friday and stay shut on Easter Sunday.",
                LocalDate.of(2025, 4, 16), "Easter Sunday"));
    }

    @Test
    void lastBeforeAboutIsTheVerbAndNoDate() {
        assertEquals("P1W", Texts.valueAt("Closing arguments would begin soon and last about a week.", TUESDAY, "a week"));
    }

    @Test
    void aMonthInsideADurationIsResolvedAlone() {
        assertEquals("2024-04", Texts.valueAt("The line was closed for 10 days in April for repairs.", LocalDate.of(2024, 5, 8),
                "April"));
    }

    @Test
    void areAfterANounIsNoPastTense() {
        assertEquals("2023-10", Texts.valueAt("Bookings for the October half-term are already 30% higher.",
                LocalDate.of(2023, 8, 30), "October"));
    }
}
