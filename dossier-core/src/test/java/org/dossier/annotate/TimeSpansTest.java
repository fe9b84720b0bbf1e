package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.TimeValue;
import org.junit.jupiter.api.Test;

/** Durations, sets, decades and range years read from English text with their TIMEX3 values (no model). */
class TimeSpansTest {
    private static String value(String text, String expr) {
        return TimeSpans.find(text).stream().filter(v -> v.text().equalsIgnoreCase(expr)).map(TimeValue::value)
                .findFirst().orElse(null);
    }

    @Test
    void countedSpansAreDurationsInTheirUnit() {
        assertEquals("P3D", value("The strike is expected to last three days.", "three days"));
        assertEquals("PT9H", value("Rescuers searched for nine hours.", "nine hours"));
        assertEquals("P14Y", value("She has worked there for 14 years.", "14 years"));
        assertEquals("PT1H", value("Within an hour the street was flooded.", "an hour"));
        assertEquals("P40Y", value("Not in forty years has the river been this low.", "forty years"));
    }

    @Test
    void aDecadeIsTenYearsAndAFramedSpanKeepsItsFrame() {
        assertEquals("P10Y", value("He has led the choir for a decade.", "a decade"));
        assertEquals("P2Y", value("Prices doubled over the past two years.", "the past two years"));
        assertEquals("P1W", value("Polls over the past week show a tie.", "the past week"));
        assertEquals("P6W", value("Owners will be contacted over the next six weeks.", "the next six weeks"));
    }

    @Test
    void aSpanOfAFewUnitsIsADurationOfUnknownLength() {
        assertEquals("PXW", value("A decision is expected within a few weeks.", "a few weeks"));
        assertEquals("PTXH", value("The storm lasted several hours.", "several hours"));
    }

    @Test
    void agesAndSpansBeforeAgoAreNoDurations() {
        assertTrue(TimeSpans.find("The 34-year-old driver was unhurt.").isEmpty());
        assertTrue(TimeSpans.find("A man, 45 years old, was arrested.").isEmpty());
        assertTrue(TimeSpans.find("The border closed two weeks ago.").isEmpty());
    }

    @Test
    void everyAndFrequencyAdverbsAreSets() {
        assertEquals("XXXX-WXX-1", value("He reports to the police every Monday.", "every Monday"));
        assertEquals("P1M", value("The office publishes its figures every month.", "every month"));
        assertEquals("P2W", value("The committee meets every two weeks.", "every two weeks"));
        assertEquals("P1D", value("The weather service issues warnings daily.", "daily"));
    }

    @Test
    void decadesAndTheYearsOfARangeGetTheirValues() {
        assertEquals("199", value("She has lived on the street since the 1990s.", "the 1990s"));
        List<TimeValue> range = TimeSpans.find("The study covers the years from 2015 to 2021.");
        assertEquals(List.of("2015", "2021"), range.stream().map(TimeValue::value).toList());
    }
}
