package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "less than 20 minutes later", "about two hours earlier": a shift of minutes or hours names no day counted from the
 * article (the clock it lands on is not given); it is the duration of its offset. Own sentences.
 */
class ShiftsOfMinutesAndHoursTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 5);

    @Test
    void minutesLaterIsTheDurationOfTheShift() {
        String text = "The first rocket lifts off at 6.15pm on Saturday. The second follows less than 20 minutes later.";
        assertEquals("PT20M", Texts.valueAt(text, FRIDAY, "20 minutes"));
    }

    @Test
    void hoursEarlierIsTheDurationOfTheShift() {
        String text = "Polls close at 10pm on Sunday. In the east, voting ends about three hours earlier.";
        assertEquals("PT3H", Texts.valueAt(text, FRIDAY, "three hours"));
    }
}
