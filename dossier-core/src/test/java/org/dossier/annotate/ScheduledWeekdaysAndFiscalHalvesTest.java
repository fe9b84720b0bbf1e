package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The T9 round's time rules on short English texts written for them: a weekday of a timetable told in the simple
 * present is the next one ({@link ScheduleVerbs}, {@code en/schedule-verbs.txt}), while past reports, present
 * reporting frames and habits keep their readings; halves of fiscal years ({@link TimeReferences}). The rules are
 * English data: other languages' dates are read by their own rule files.
 */
class ScheduledWeekdaysAndFiscalHalvesTest {
    /** A Wednesday: the Monday just gone is nearer than the next one. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 10, 15);

    @Test
    void aScheduleVerbInThePresentIsTheNextWeekday() {
        String text = "The Brannock tribunal sits again on Monday to hear the last witnesses, its registrar said.";
        assertEquals("2025-10-20", Texts.valueAt(text, WEDNESDAY, "Monday"));
        String board = "The Felsted council meets on Monday to set next year's rates.";
        assertEquals("2025-10-20", Texts.valueAt(board, WEDNESDAY, "Monday"));
    }

    @Test
    void aTimetableVerbTheTaggerReadAsANounAfterANameIsTheNextWeekday() {
        String text = "Congress votes Monday on the stopgap spending bill, leaders of both parties said.";
        assertEquals("2025-10-20", Texts.valueAt(text, WEDNESDAY, "Monday"));
    }

    @Test
    void aBareTimetableVerbAfterItsSubjectIsTheNextWeekday() {
        String text = "Dunford United play away at Carrick on Monday, and the squad flies out a day early.";
        assertEquals("2025-10-20", Texts.valueAt(text, WEDNESDAY, "Monday"));
    }

    @Test
    void aTimetableVerbTheTaggerReadAsAnAdjectiveAfterAnOpeningPluralIsTheNextWeekday() {
        String text = "Doors open at 6 p.m. on Monday for the Harlow choir's farewell concert.";
        assertEquals("2025-10-20T18:00", Texts.valueAt(text, WEDNESDAY, "6 p.m. on Monday"));
    }

    @Test
    void aDeadlineInThePresentIsAhead() {
        String text = "Tenants have until 5 p.m. on Monday to lodge objections with the Orwin housing board.";
        assertEquals("2025-10-20T17:00", Texts.valueAt(text, WEDNESDAY, "5 p.m. on Monday"));
    }

    @Test
    void aStrikeDueToLastUntilAWeekdayEndsOnTheNextOne() {
        for (String text : new String[] {"The Orwin dock strike is due to last until Monday, the union said.",
                "The Orwin dock strike is scheduled to last until Monday.",
                "The Orwin dock strike lasts until Monday, the union said."}) {
            assertEquals("2025-10-20", Texts.valueAt(text, WEDNESDAY, "Monday"), text);
        }
        assertEquals("2025-10-13", Texts.valueAt("The Orwin dock strike lasted until Monday.", WEDNESDAY, "Monday"));
    }

    @Test
    void againAfterAPresentVerbPointsAhead() {
        String text = "The regulator inspects the Kelby refinery again on Monday, six weeks after a gas leak.";
        assertEquals("2025-10-20", Texts.valueAt(text, WEDNESDAY, "Monday"));
    }

    @Test
    void aPlanWithAPresentBeIsAheadAndWithAPastOneStays() {
        String ahead = "The final vote on the merger is set for Monday, the union's secretary said.";
        assertEquals("2025-10-20", Texts.valueAt(ahead, WEDNESDAY, "Monday"));
        String past = "The hearing was set for Monday, but the judge fell ill and it did not go ahead.";
        assertEquals("2025-10-13", Texts.valueAt(past, WEDNESDAY, "Monday"));
    }

    @Test
    void aPastReportInAPresentReportingFrameKeepsThePast() {
        String text = "Firefighters say the blaze at the Orwin timber yard started on Monday.";
        assertEquals("2025-10-13", Texts.valueAt(text, WEDNESDAY, "Monday"));
        String said = "The mayor of Felsted said on Monday that the bridge would stay shut.";
        assertEquals("2025-10-13", Texts.valueAt(said, WEDNESDAY, "Monday"));
    }

    @Test
    void aHabitInThePresentIsNoTimetable() {
        String text = "Health inspectors visit every spring, most recently in April, the council said.";
        assertEquals("2025-04", Texts.valueAt(text, WEDNESDAY, "April"));
        String set = "The flea market at Kelby quay opens on Sundays from nine until two.";
        assertEquals("XXXX-WXX-7", Texts.valueAt(set, WEDNESDAY, "Sundays"));
    }

    @Test
    void aHalfOfAFiscalYearIsThatFiscalYearsHalf() {
        String text = "Marlow Textiles expects margins to recover in the second half of fiscal 2027.";
        assertEquals("FY2027-H2", Texts.valueAt(text, WEDNESDAY, "the second half of fiscal 2027"));
        String written = "Pellam Mining said output in H1 FY26 was its highest in a decade.";
        assertEquals("FY2026-H1", Texts.valueAt(written, WEDNESDAY, "H1 FY26"));
    }

    @Test
    void aBareHalfAfterAFiscalHalfIsOfThatFiscalYear() {
        String text = "Sales at Quennell Brewing fell 4% in the first half of fiscal 2026. Its chief executive said H2"
                + " would be stronger.";
        assertEquals("FY2026-H2", Texts.valueAt(text, WEDNESDAY, "H2"));
    }

    @Test
    void aFiscalYearNamedAloneLeavesAHalfTheCalendars() {
        String text = "Tarrow Systems raised its forecast for fiscal 2026. Orders in the first half were weaker than"
                + " expected, it said.";
        assertEquals("2025-H1", Texts.valueAt(text, WEDNESDAY, "the first half"));
    }
}
