package org.dossier.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates read from text and URLs, and the labels that say what a date is, on synthetic strings. */
class DateReadingTest {
    @Test
    void datesInTextAndUrls() {
        assertEquals(List.of(LocalDate.of(2021, 2, 3), LocalDate.of(2020, 12, 24)),
                DateParsing.inText("Posted 2021-02-03, updated December 24, 2020"));
        assertEquals(LocalDate.of(2019, 11, 19), DateParsing.inUrl("https://x.org/2019/11/19/story.html"));
        assertEquals(LocalDate.of(2019, 11, 19), DateParsing.first("19 Nov 2019 05:44 GMT"));
        assertNull(DateParsing.first("Room 2021-13-45"));
        assertEquals(LocalDate.of(2025, 3, 3), DateParsing.first("el 3 de marzo de 2025"));
        assertEquals(LocalDate.of(2025, 3, 3), DateParsing.first("March 3rd, 2025"));
        assertEquals(LocalDate.of(2025, 3, 3), DateParsing.first("3rd March 2025"));
    }

    @Test
    void numericDatesWithTwoPossibleOrdersCarryTheOtherReading() {
        DateParsing.Reading r = DateParsing.readings("on 07/03/2025 at 10:12").get(0);
        assertEquals(LocalDate.of(2025, 3, 7), r.date());
        assertEquals(LocalDate.of(2025, 7, 3), r.alternative());
        assertNull(DateParsing.readings("25/03/2025").get(0).alternative());
        assertEquals(Boolean.TRUE, DateParsing.readings("25/03/2025").get(0).dayFirst());
        assertEquals(Boolean.FALSE, DateParsing.readings("03/25/2025").get(0).dayFirst());
        assertNull(DateParsing.readings("07/03/2025").get(0).dayFirst());
        assertEquals(LocalDate.of(2025, 3, 25), DateParsing.readings("03/25/2025").get(0).date());
        assertNull(DateParsing.readings("03/03/2025").get(0).alternative());
    }

    @Test
    void dateLabelsArePublicationOrUpdate() {
        assertTrue(DateLabels.get().published("Publié le 3 mai 2021"));
        assertFalse(DateLabels.get().published("The report was published on 3 May 2021"));
        assertTrue(DateLabels.get().updatedAt("3 May 2021 | Updated 4 May 2021") > 0);
        assertEquals(-1, DateLabels.get().updatedAt("Outdated maps, 4 May 2021"));
    }
}
