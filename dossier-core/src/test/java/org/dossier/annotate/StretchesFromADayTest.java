package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "for 72 hours from Thursday": a stretch that starts on a day is its duration and that day, not the one day the
 * stretch ends on. Own sentences.
 */
class StretchesFromADayTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    @Test
    void aStretchFromAWeekdayIsItsDurationAndItsFirstDay() {
        String text = "Members will be able to book seats for 72 hours from Thursday, the club said.";
        assertEquals("PT72H", Texts.valueAt(text, MONDAY, "72 hours"));
        assertEquals("2026-03-19", Texts.valueAt(text, MONDAY, "Thursday"));
    }
}
