package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The T12 round's time rules on short English texts written for them: an ordinal day of an event's own clock ("the
 * 14th day of a mission") is no date, a calendar's ("the 14th day of the month") stays one ({@link SportParts},
 * {@code en/match-words.txt}); a decade a word of manner joins by a hyphen ("1990s-style", not "1980s-era") is no
 * decade ({@link TimeSpans}, {@code en/decade-manners.txt}); "year-end" is the anchor's year ({@link TimeReferences},
 * {@code en/time-references.txt});
 * a counted span after "in" and a counted plural noun ("six matches in 23 days") is the stretch they fill
 * ({@link TimeOffsets}); a weekday linked to a named day ("the Sunday after Thanksgiving") is the first such weekday
 * after or before it ({@link NamedDays}, {@code en/named-days.txt}).
 */
class EventClocksStylesAndLinkedNamedDaysTest {
    private static final LocalDate NOVEMBER = LocalDate.of(2025, 11, 19);

    @Test
    void anOrdinalDayOfAnEventIsNoDate() {
        String text = "The Kessel strike reached the 12th day of its run on Monday.";
        assertNull(Texts.valueAt(text, NOVEMBER, "the 12th day"));
        assertEquals("2025-11-17", Texts.valueAt(text, NOVEMBER, "Monday"));
    }

    @Test
    void aDecadeAWordOfMannerJoinsIsNoDecade() {
        String style = "The Orlen club kept its 1990s-style crest.";
        assertNull(Texts.valueAt(style, NOVEMBER, "1990s-style"));
        String era = "The Orlen council wants to replace the 1980s-era law.";
        assertEquals("198", Texts.valueAt(era, NOVEMBER, "1980s-era"));
        String decade = "The Orlen club was founded in the 1990s.";
        assertEquals("199", Texts.valueAt(decade, NOVEMBER, "the 1990s"));
    }

    @Test
    void yearEndIsTheAnchorsYearUnlessAYearFollows() {
        String text = "The Alverston bank expects inflation to fall back to its target by year-end.";
        assertEquals("2025", Texts.valueAt(text, NOVEMBER, "year-end"));
        String dated = "The Alverston bank held reserves of 4 billion at year-end 2023.";
        assertEquals("2023", Texts.valueAt(dated, NOVEMBER, "year-end 2023"));
    }

    @Test
    void aSpanAfterCountedThingsIsTheStretchTheyFill() {
        String counted = "The Lynford side face six matches in 23 days.";
        assertEquals("P23D", Texts.valueAt(counted, NOVEMBER, "23 days"));
        String ahead = "The Lynford side will play again in three days.";
        assertEquals("2025-11-22", Texts.valueAt(ahead, NOVEMBER, "three days"));
    }

    @Test
    void aWeekdayLinkedToANamedDayIsTheWeekdayOnThatSideOfIt() {
        String after = "The busiest day at Carden airport will be the Sunday after Thanksgiving.";
        assertEquals("2025-11-30", Texts.valueAt(after, NOVEMBER, "the Sunday after Thanksgiving"));
        String before = "Carden shops expect their best day on the Saturday before Christmas Day.";
        assertEquals("2025-12-20", Texts.valueAt(before, NOVEMBER, "the Saturday before Christmas Day"));
    }
}
