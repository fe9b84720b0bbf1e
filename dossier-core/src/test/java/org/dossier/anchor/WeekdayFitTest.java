package org.dossier.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.anchor.WeekdayFit.Direction;
import org.junit.jupiter.api.Test;

/** Bare weekdays read from text alone, and the anchor under which they fall on dates stated elsewhere. */
class WeekdayFitTest {
    private static final LocalDate SUNDAY = LocalDate.of(2023, 3, 5);
    private static final Set<LocalDate> STATED = Set.of(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8));

    @Test
    void weekdayIsFutureOnlyWithAFutureCueInItsClause() {
        List<WeekdayFit.Mention> m = WeekdayFit.mentions("The envoys met in Oslo on Monday. They will travel to "
                + "Bergen on Wednesday; the talks ended on Friday. A vote is scheduled for Tuesday.");
        assertEquals(List.of(Direction.PAST, Direction.FUTURE, Direction.PAST, Direction.FUTURE),
                m.stream().map(WeekdayFit.Mention::direction).toList());
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.TUESDAY),
                m.stream().map(WeekdayFit.Mention::day).toList());
    }

    @Test
    void nearestCueDecidesAndContractionsCount() {
        List<WeekdayFit.Mention> m = WeekdayFit.mentions("They'll meet on Monday. The talks of last Friday "
                + "went well. She won't travel on Sunday.");
        assertEquals(List.of(Direction.FUTURE, Direction.PAST, Direction.FUTURE),
                m.stream().map(WeekdayFit.Mention::direction).toList());
    }

    @Test
    void weekdayWrittenWithItsDateIsNotABareWeekday() {
        assertTrue(WeekdayFit.mentions("Wednesday, March 8, 2023. Talks resumed on Monday 6 March.").isEmpty());
    }

    @Test
    void pastWeekdaysMoveTheAnchorToTheEarliestDayTheyFitAndKeepTheRestNearTheStory() {
        List<WeekdayFit.Mention> m = WeekdayFit.mentions("Talks were held on Monday and the council met on "
                + "Wednesday. The minister warned Thursday that time was short.");
        WeekdayFit.Fit fit = WeekdayFit.fit(m, STATED, SUNDAY);
        assertEquals(LocalDate.of(2023, 3, 9), fit.date());
        assertEquals(2, fit.hits().size());
    }

    @Test
    void announcementWhoseWeekdaysAlreadyFitIsNotMoved() {
        List<WeekdayFit.Mention> m = WeekdayFit.mentions("Ministers will meet on Monday and will sign the deal "
                + "on Wednesday.");
        assertNull(WeekdayFit.fit(m, STATED, SUNDAY));
    }

    @Test
    void weekdaysMatchingNoStatedDateLeaveTheAnchor() {
        List<WeekdayFit.Mention> m = WeekdayFit.mentions("The ministry published its proposal on Friday.");
        assertNull(WeekdayFit.fit(m, STATED, SUNDAY));
    }

    @Test
    void monthDaysWithoutYearAreStatedDaysNearTheReference() {
        Set<LocalDate> days = new StatedDates(TestArticles.TODAY).statedDays("The council is scheduled for March 8, "
                + "after talks on 6 March. The treaty of January 26, 2011 stands.", SUNDAY);
        assertEquals(Set.of(LocalDate.of(2023, 3, 8), LocalDate.of(2023, 3, 6), LocalDate.of(2011, 1, 26)), days);
    }
}
