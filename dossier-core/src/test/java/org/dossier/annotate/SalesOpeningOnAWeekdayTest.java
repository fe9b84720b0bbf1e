package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Seats go on sale on Thursday": the simple present of "go" states a timetable, the coming weekday. Own sentence. */
class SalesOpeningOnAWeekdayTest {
    @Test
    void seatsGoOnSaleOnTheComingWeekday() {
        String text = "The theatre announced a new season last week. Seats go on sale at 10am on Thursday, with a "
                + "members' presale from 9am on Tuesday.";
        assertEquals("2026-03-19T10:00", Texts.valueAt(text, LocalDate.of(2026, 3, 16), "10am on Thursday"));
    }
}
