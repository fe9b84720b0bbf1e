package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.TimeMention;
import org.dossier.model.TimeValue;
import org.junit.jupiter.api.Test;

/**
 * Clock times of a past event told in the sentences after its day (they stay on that day, not the article's), and
 * elapsed times written as hours, minutes and seconds ("in 1:58:12"), which are no clock times; own sentences, with
 * the tagger's day mentions given by hand.
 */
class ClocksOfPastEventsAndElapsedTimesTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 10, 13);

    private static String valueOf(String text, String words, TimeMention... mentions) {
        List<TimeValue> values = TimexValues.all(text, "en", List.of(mentions), MONDAY);
        int start = text.indexOf(words);
        int end = start + words.length();
        return values.stream().filter(v -> v.start() < end && v.end() > start).map(TimeValue::value).findFirst()
                .orElse(null);
    }

    private static TimeMention day(String text, String words, LocalDate date) {
        int start = text.indexOf(words);
        return new TimeMention(words, start, start + words.length(), date, "day", 0);
    }

    @Test
    void aClockOfAPastEventSeveralSentencesAfterItsDayStaysOnThatDay() {
        String text = "The regatta was held on Saturday on the lake. Crews came from nine countries. "
                + "Winds reached 30 knots in 2019. The wind dropped by noon, and the final crew finished at 4.10pm.";
        TimeMention saturday = day(text, "Saturday", MONDAY.minusDays(2));
        assertEquals("2025-10-11T12:00", valueOf(text, "noon", saturday));
        assertEquals("2025-10-11T16:10", valueOf(text, "4.10pm", saturday));
    }

    @Test
    void aClockAfterBeforeInAPastReportStaysOnThePastDay() {
        String text = "The regatta was held on Saturday on the lake. Crews came from nine countries. "
                + "Winds reached 30 knots in 2019. Most boats were in, with the last crossing the line shortly before 6pm.";
        assertEquals("2025-10-11T18:00", valueOf(text, "6pm", day(text, "Saturday", MONDAY.minusDays(2))));
    }

    @Test
    void aClockOfAComingEventFarFromAPastDayStaysOnTheArticlesDay() {
        String text = "The regatta was held on Saturday on the lake. Crews came from nine countries. "
                + "Winds reached 30 knots in 2019. The next briefing will start at 4pm.";
        TimeMention saturday = day(text, "Saturday", MONDAY.minusDays(2));
        assertEquals("2025-10-13T16:00", valueOf(text, "4pm", saturday));
    }

    @Test
    void anElapsedTimeOfHoursMinutesAndSecondsIsNoClockTime() {
        String text = "She won the race on Sunday in 1:58:12, ahead of the record of 1:57:40 set in 2022.";
        TimeMention sunday = new TimeMention("Sunday in 1:58:12", text.indexOf("Sunday"),
                text.indexOf("1:58:12") + 7, MONDAY.minusDays(1), "day", 0);
        int record = text.indexOf("1:57:40");
        TimeMention clock = new TimeMention("1:57:40", record, record + 7, MONDAY, "day", 0);
        assertNull(valueOf(text, "1:58:12", sunday, clock));
        assertNull(valueOf(text, "1:57:40", sunday, clock));
        assertEquals("2025-10-12", valueOf(text, "Sunday", sunday, clock));
    }

    @Test
    void aWeekdayGluedToAnElapsedTimeIsReadAsTheWeekday() {
        String text = "She won the race on Sunday in 1:58:12.";
        assertEquals("2025-10-12", Texts.valueAt(text, MONDAY, "Sunday"));
    }
}
