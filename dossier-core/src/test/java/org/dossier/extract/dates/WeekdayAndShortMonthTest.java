package org.dossier.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Page dates whose reading needs more than the digits: a weekday named beside an ambiguous numeric date, and the
 * short month forms of Spanish, French, Italian, Dutch and German datelines.
 */
class WeekdayAndShortMonthTest {
    @Test
    void aWeekdayBesideAnAmbiguousNumericDateChoosesTheMonthFirstReading() {
        // 10 January 2022 was a Monday, 1 October 2022 a Saturday
        assertEquals(LocalDate.of(2022, 1, 10), DateParsing.first("Mon, 01/10/2022 - 14:05"));
        assertEquals(LocalDate.of(2022, 1, 10), DateParsing.first("Monday 01/10/2022"));
    }

    @Test
    void aWeekdayThatFitsTheDayFirstReadingKeepsIt() {
        assertEquals(LocalDate.of(2022, 10, 1), DateParsing.first("Samstag, 01.10.2022"));
        assertEquals(LocalDate.of(2022, 10, 1), DateParsing.first("Sat, 01/10/2022"));
    }

    @Test
    void anAmbiguousNumericDateWithoutAWeekdayIsReadDayFirst() {
        assertEquals(LocalDate.of(2022, 10, 1), DateParsing.first("01/10/2022 - 14:05"));
    }

    @Test
    void spanishShortMonthsInASignatureLine() {
        assertEquals(LocalDate.of(2022, 1, 10), DateParsing.first("Por Carlos Ruiz | Madrid | 10 ene 2022 - 14:05 CET"));
        assertEquals(LocalDate.of(2021, 12, 3), DateParsing.first("3 dic. 2021"));
        assertEquals(LocalDate.of(2023, 8, 15), DateParsing.first("15 ago 2023"));
    }

    @Test
    void frenchItalianDutchAndGermanShortMonths() {
        assertEquals(LocalDate.of(2021, 2, 3), DateParsing.first("3 févr. 2021"));
        assertEquals(LocalDate.of(2020, 7, 14), DateParsing.first("14 juil. 2020"));
        assertEquals(LocalDate.of(2019, 6, 2), DateParsing.first("2 giu 2019"));
        assertEquals(LocalDate.of(2022, 10, 5), DateParsing.first("5 ott 2022, 08:15"));
        assertEquals(LocalDate.of(2020, 3, 12), DateParsing.first("12 mrt 2020"));
        assertEquals(LocalDate.of(2024, 3, 9), DateParsing.first("9. Mrz. 2024"));
    }

    @Test
    void aShortMonthFormWithoutAYearIsNoDate() {
        assertNull(DateParsing.first("3 hours ago"));
        assertNull(DateParsing.first("set 10 points"));
    }
}
