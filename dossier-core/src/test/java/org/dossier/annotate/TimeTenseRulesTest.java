package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.TimeValue;
import org.junit.jupiter.api.Test;

/**
 * The TIMEX3 value {@code dossier annotate} prints for English dates whose reading depends on tense or wording:
 * weekends, months without a year, "next" weekdays, parts of a day, quarters, "next year" after a day.
 */
class TimeTenseRulesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2022, 10, 4);

    private static String value(String text, LocalDate anchor, String expr) {
        Annotations a = Texts.annotate(text, anchor);
        List<TimeValue> values = TimexValues.all(text, "en", a.times());
        return values.stream().filter(v -> v.text().contains(expr)).map(TimeValue::value).findFirst().orElse(null);
    }

    @Test
    void aWeekendThePastTensePlacesBeforeTheArticleIsTheOneJustGone() {
        assertEquals("2022-W39-WE", value("Hundreds of volunteers cleared the park this weekend.", TUESDAY,
                "this weekend"));
    }

    @Test
    void aMonthWithoutAYearFollowsTheTense() {
        assertEquals("2023-03", value("The minister will review the plan in March.", TUESDAY, "March"));
        assertEquals("2022-03", value("The minister reviewed the budget in March.", TUESDAY, "March"));
    }

    @Test
    void partsOfADayAndQuartersAreInTheValue() {
        assertEquals("2022-10-03TNI", value("The minister resigned on Monday night.", TUESDAY, "Monday night"));
        assertEquals("2022-Q1", value("Cargo volumes fell in the first quarter.", TUESDAY, "the first quarter"));
    }

    @Test
    void nextYearAfterAMonthAndDayMovesItsYear() {
        assertEquals("2023-01-22", value("A judge set a trial date of Jan. 22 next year.", TUESDAY, "Jan. 22"));
    }

    @Test
    void nextTuesdayOnATuesdayIsAWeekAhead() {
        assertEquals("2022-10-11", value("The committee will question him next Tuesday.", TUESDAY, "Tuesday"));
    }

    @Test
    void aWeekdayInsideASpanWithoutADateIsStillResolved() {
        assertEquals("2022-10-02", value("She won her first title in five years on Sunday.", TUESDAY, "Sunday"));
    }

    @Test
    void withinTwoWeeksIsADurationNotADay() {
        assertEquals("P2W", value("Border crossings will reopen within two weeks.", TUESDAY, "two weeks"));
    }
}
