package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.TimeValue;
import org.junit.jupiter.api.Test;

/**
 * English dates whose reading depends on the words around them, as {@code dossier annotate} prints them: a weekday
 * joined to a framed one, a clock time before a weekday, a verb after "will" that is also a cue word, a holiday in
 * the future, a month in the present tense, a number after a noun that it names.
 */
class TimesPlacedByTheirNeighboursTest {
    private static final LocalDate FRIDAY = LocalDate.of(2024, 2, 2);

    private static String value(String text, LocalDate anchor, String expr) {
        Annotations a = Texts.annotate(text, anchor);
        List<TimeValue> values = TimexValues.all(text, "en", a.times(), anchor);
        int start = text.indexOf(expr);
        int end = start + expr.length();
        return values.stream().filter(v -> v.start() < end && v.end() > start).map(TimeValue::value).findFirst()
                .orElse(null);
    }

    @Test
    void aWeekdayJoinedToAFramedWeekdayIsTheFirstSuchDayAfterIt() {
        String text = "Rail workers will strike next Thursday and Friday, the union said.";
        assertEquals("2024-02-08", value(text, FRIDAY, "Thursday"));
        assertEquals("2024-02-09", value(text, FRIDAY, "Friday"));
    }

    @Test
    void aClockTimeBeforeAWeekdayLetsTheTensePlaceTheDay() {
        assertEquals("2024-01-28T11:20", value("The launch was scrubbed at 11:20 a.m. on Sunday.", FRIDAY, "11:20"));
    }

    @Test
    void aVerbAfterWillIsFutureEvenWhenItIsACueWord() {
        assertEquals("2024-03", value("Repairs will last from March to May, the council said.", FRIDAY, "March"));
    }

    @Test
    void aNamedDayAheadInTheFutureTenseIsNextYears() {
        assertEquals("2025-01-01", value("The shrine will close in spring and reopen by New Year's Day.",
                LocalDate.of(2024, 4, 22), "New Year's Day"));
    }

    @Test
    void aMonthInThePresentTenseIsTheNearestOne() {
        assertEquals("2026-01", value("Its fiscal year begins in January.", LocalDate.of(2025, 10, 28), "January"));
    }

    @Test
    void aNumberAfterANounItNamesIsNoYear() {
        assertEquals(null, value("Flight 1549 landed safely on Wednesday.", FRIDAY, "1549"));
    }
}
