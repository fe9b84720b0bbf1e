package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A strike, rally or vote called or set in the present perfect ("The union has called a strike on Thursday") takes
 * place on the coming weekday: English puts no past day on a present perfect. A simple past keeps the day behind
 * ("The union called off the strike on Monday"), and "since" stays a state's start.
 */
class EventsCalledInThePresentPerfectAreAheadTest {
    /** A Tuesday: the Thursday just gone is nearer than the next one. */
    private static final LocalDate TUESDAY = LocalDate.of(2025, 10, 14);

    @Test
    void aStrikeCalledInThePresentPerfectIsOnTheComingWeekday() {
        String text = "The drivers' union has called a 24-hour strike on Thursday over the new rotas.";
        assertEquals("2025-10-16", Texts.valueAt(text, TUESDAY, "Thursday"));
    }

    @Test
    void aRallyScheduledInThePresentPerfectIsOnTheComingWeekday() {
        String text = "Organisers have scheduled a rally on Saturday outside the Marlow town hall.";
        assertEquals("2025-10-18", Texts.valueAt(text, TUESDAY, "Saturday"));
    }

    @Test
    void aStrikeCalledOffInThePastKeepsItsDayBehind() {
        String text = "The union called off the strike on Monday after talks with the operator.";
        assertEquals("2025-10-13", Texts.valueAt(text, TUESDAY, "Monday"));
    }
}
