package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {
    @Test
    void namedMonthDatelinesInSeveralOrders() {
        assertEquals(LocalDate.of(2005, 11, 28), DatelineFinder.find("Nov 28, 2005", "Text."));
        assertEquals(LocalDate.of(2005, 11, 28),
                DatelineFinder.find("Quake", "Last Updated: Monday, 28 November 2005, 02: 24 GMT"));
        assertEquals(LocalDate.of(2022, 1, 9), DatelineFinder.find("Krise", "Berlin, 9. Januar 2022 – Gespräche"));
    }

    @Test
    void isoAndUnambiguousNumericDates() {
        assertEquals(LocalDate.of(2022, 1, 9), DatelineFinder.find("x", "2022-01-09T10:57:14.551Z"));
        assertEquals(LocalDate.of(2013, 9, 27), DatelineFinder.find("27 / 09 / 2013 - Vote", ""));
    }

    @Test
    void ambiguousNumericDatesAndLateDatesAreIgnored() {
        assertNull(DatelineFinder.find("05/06/2013 report", "Nothing here."));
        assertNull(DatelineFinder.find("Title", "x".repeat(DatelineFinder.HEAD_CHARS) + " May 3, 2010"));
    }
}
