package org.dossier.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Relative dates as whole short lines, in several languages, against a fetch time. */
class RelativeDatesTest {
    private static final Instant FETCHED = Instant.parse("2023-06-15T01:30:00Z");

    private static LocalDate day(String line) {
        return RelativeDates.get().in(line).before(FETCHED);
    }

    @Test
    void hoursAndMinutesBeforeTheFetchTimeMayFallOnThePreviousDay() {
        assertEquals(LocalDate.of(2023, 6, 14), day("vor 2 Stunden"));
        assertEquals(LocalDate.of(2023, 6, 15), day("il y a 20 minutes"));
        assertEquals(LocalDate.of(2023, 6, 14), day("3 uur geleden"));
        assertEquals(LocalDate.of(2023, 6, 14), day("2 godziny temu"));
    }

    @Test
    void daysAndDayWordsCountWholeDays() {
        assertEquals(LocalDate.of(2023, 6, 12), day("hace 3 días"));
        assertEquals(LocalDate.of(2023, 6, 14), day("Gestern, 18:45 Uhr"));
        assertEquals(LocalDate.of(2023, 6, 14), day("yesterday at 9:00"));
        assertEquals(LocalDate.of(2023, 6, 15), day("Heute, 07:10"));
    }

    @Test
    void anUpdateLabelIsKeptWithTheAge() {
        assertTrue(RelativeDates.get().in("Aktualisiert vor 1 Stunde").updated());
        assertEquals(false, RelativeDates.get().in("Publié il y a 2 heures").updated());
    }

    @Test
    void aRelativeDateInsideASentenceOrABylineIsNoDateLine() {
        assertNull(RelativeDates.get().in("Der Unfall ereignete sich vor 2 Stunden auf der A7."));
        assertNull(RelativeDates.get().in("By Chris Lowe 2 hours ago"));
        assertNull(RelativeDates.get().in("Hier wohnen 2 Familien"));
    }

    @Test
    void aDayWordAloneIsNoDateLine() {
        assertNull(RelativeDates.get().in("Today"));
        assertNull(RelativeDates.get().in("Heute"));
        assertEquals(LocalDate.of(2023, 6, 15), day("Publié aujourd'hui"));
    }
}
