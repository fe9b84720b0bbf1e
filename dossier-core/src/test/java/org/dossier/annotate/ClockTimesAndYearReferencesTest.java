package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.TimeMention;
import org.dossier.model.TimeValue;
import org.junit.jupiter.api.Test;

/**
 * The English time values read from the text without the tagger ({@link ClockTimes}, {@link TimeReferences}, the
 * short decades of {@link TimeSpans}, the relative days of {@link LaterDays}), on sentences written after news
 * patterns; where a test needs what the tagger would have read, the mention is given by hand.
 */
class ClockTimesAndYearReferencesTest {
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    /** The value over {@code words} in {@code text} (null when none overlaps them). */
    private static String valueOf(String text, String words, LocalDate anchor, TimeMention... mentions) {
        List<TimeValue> values = TimexValues.all(text, "en", List.of(mentions), anchor);
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
    void aClockTimeTakesTheDayJoinedToItAndBecomesOneExpression() {
        String text = "The quake struck at 2:30 p.m. local time on Wednesday, the survey said.";
        List<TimeValue> values = TimexValues.all(text, "en",
                List.of(day(text, "2:30 p.m.", THURSDAY), day(text, "Wednesday", THURSDAY.minusDays(1))), THURSDAY);
        assertEquals(1, values.size(), values.toString());
        assertEquals("2:30 p.m. local time on Wednesday", values.get(0).text());
        assertEquals("2024-03-13T14:30", values.get(0).value());
    }

    @Test
    void aClockTimeWithoutADayIsOnTheArticlesDayAndKeepsItsZoneInTheSpan() {
        String text = "Flights resumed at 10am GMT after the runway was cleared.";
        List<TimeValue> values = TimexValues.all(text, "en", List.of(), THURSDAY);
        assertEquals("10am GMT", values.get(0).text());
        assertEquals("2024-03-14T10:00", values.get(0).value());
        assertEquals("2024-03-14T19:45", valueOf("The train left at 7.45pm.", "7.45pm", THURSDAY));
        assertEquals("2024-03-14T00:30", valueOf("It ended at 12:30 a.m. on the dot.", "12:30 a.m.", THURSDAY));
    }

    @Test
    void midnightAndNoonAreClockTimes() {
        assertEquals("2024-03-14T00:00", valueOf("A tremor was felt shortly after midnight.", "midnight", THURSDAY));
        assertEquals("2024-03-14T12:00", valueOf("The polls closed at noon.", "noon", THURSDAY));
    }

    @Test
    void aTwentyFourHourTimeCountsOnlyAfterALeadWordOrBeforeAZone() {
        assertEquals("2024-03-14T22:00", valueOf("The line closes at 22:00 for works.", "22:00", THURSDAY));
        assertEquals("2024-03-14T09:15", valueOf("The train left London 09:15 BST.", "09:15", THURSDAY));
        assertEquals(null, valueOf("The final score was 21:17 in extra time.", "21:17", THURSDAY));
    }

    @Test
    void aHalfOfTheYearIsReadInBusinessSentencesButNotInAGame() {
        LocalDate anchor = LocalDate.of(2025, 2, 11);
        assertEquals("2025-H1", valueOf("Profits in the first half would fall, the firm warned.", "the first half",
                anchor));
        assertEquals("2024-H2", valueOf("Output slowed in the second half of 2024.", "the second half", anchor));
        assertEquals(null, valueOf("She scored twice in the first half.", "the first half", anchor));
    }

    @Test
    void fiscalYearsAndQuartersWrittenWithQ() {
        LocalDate february = LocalDate.of(2025, 2, 11);
        LocalDate july = LocalDate.of(2024, 7, 19);
        assertEquals("FY2024", valueOf("It raised its forecast for fiscal 2024.", "fiscal 2024", july));
        assertEquals("FY2025", valueOf("Sales in FY25 are seen flat.", "FY25", july));
        assertEquals("2024-Q4", valueOf("Q4 profit rose 5%.", "Q4", february));
        assertEquals("2024-Q4", valueOf("The company expects Q4 sales to slow.", "Q4", july));
        assertEquals("2023-Q1", valueOf("Sales fell in Q1 2023.", "Q1 2023", february));
    }

    @Test
    void decadesAgoAndCenturiesHaveTheirGranularity() {
        LocalDate anchor = LocalDate.of(2022, 11, 28);
        assertEquals("201", valueOf("A decade ago, rents were lower.", "A decade ago", anchor));
        assertEquals("200", valueOf("Two decades ago the plant closed.", "Two decades ago", anchor));
        assertEquals("18", valueOf("The bridge was built in the 19th century.", "the 19th century", anchor));
        assertEquals("199", valueOf("Prices last rose this fast in the '90s.", "the '90s", anchor));
        assertEquals("2024", valueOf("Rates will stay high until mid-2024.", "mid-2024", anchor));
    }

    @Test
    void aMonthAfterSinceOrUntilIsTheLastOrTheNextSuchMonth() {
        LocalDate september = LocalDate.of(2023, 9, 12);
        assertEquals("2023-01", valueOf("Jobless claims have fallen since January.", "January", september));
        assertEquals("2024-03", valueOf("The road stays closed until March.", "March", september));
    }

    @Test
    void theNextDayAndThatNightCountFromTheLastDayNamed() {
        String text = "Workers walked out on Feb. 1. The next day, managers offered talks. That night the talks failed.";
        TimeMention feb1 = day(text, "Feb. 1", LocalDate.of(2023, 2, 1));
        LocalDate anchor = LocalDate.of(2023, 2, 10);
        assertEquals("2023-02-02", valueOf(text, "The next day", anchor, feb1));
        assertEquals("2023-02-01TNI", valueOf(text.replace("That night", "that night"), "that night", anchor, feb1));
    }

    @Test
    void nowAndRecentlyAreReferencesToThePresentAndThePast() {
        assertEquals("PRESENT_REF", valueOf("The plant is now closed.", "now", THURSDAY));
        assertEquals("PAST_REF", valueOf("It was recently sold.", "recently", THURSDAY));
    }

    @Test
    void namesAgesAndRoadsWithNumbersGetNoTimeValue() {
        String text = "Fox 5 said the 24-year-old driver of a Boeing 737 crew bus was hurt on Route 66, open 24/7, "
                + "as the 9/11 Commission met over COVID-19 rules.";
        List<TimeValue> values = new ArrayList<>(TimexValues.all(text, "en", List.of(), THURSDAY));
        assertTrue(values.isEmpty(), values.toString());
    }

    @Test
    void aSpanLookingBackOverOneUnitIsADurationAndWeekendsASet() {
        String text = "Uptake has doubled in the last month. Clinics open on weekends.";
        int start = text.indexOf("the last month");
        TimeMention month = new TimeMention("the last month", start, start + 14, LocalDate.of(2022, 2, 1), "month", 0);
        assertEquals("P1M", valueOf(text, "the last month", LocalDate.of(2022, 3, 9), month));
        assertEquals("XXXX-WXX-WE", valueOf(text, "weekends", LocalDate.of(2022, 3, 9)));
        String ofMarch = "It happened in the last week of March.";
        int at = ofMarch.indexOf("the last week of March");
        TimeMention week = new TimeMention("the last week of March", at, at + 22, LocalDate.of(2022, 3, 28), "week", 0);
        assertEquals("2022-W13", valueOf(ofMarch, "the last week", LocalDate.of(2022, 3, 9), week));
    }

    @Test
    void germanAndFrenchClockTimesJoinTheirDay() {
        String de = "Der Zug fuhr am Mittwoch um 14.30 Uhr ab, kurz nach Mitternacht kam er an.";
        List<TimeValue> values = TimexValues.all(de, "de", List.of(day(de, "Mittwoch", THURSDAY.minusDays(1))),
                THURSDAY);
        assertEquals("2024-03-13T14:30", values.get(0).value(), values.toString());
        assertEquals("Mittwoch um 14.30 Uhr", values.get(0).text());
        assertEquals("2024-03-14T00:00", TimexValues.all("Er kam kurz nach Mitternacht an.", "de", List.of(), THURSDAY)
                .get(0).value());
        String fr = "Le séisme a frappé mercredi à 14h30, heure locale.";
        List<TimeValue> frValues = TimexValues.all(fr, "fr", List.of(day(fr, "mercredi", THURSDAY.minusDays(1))),
                THURSDAY);
        assertEquals("2024-03-13T14:30", frValues.get(0).value(), frValues.toString());
        assertEquals("2024-03-14T09:00", TimexValues.all("Il arrive à 9 heures.", "fr", List.of(), THURSDAY)
                .get(0).value());
    }

    @Test
    void anHourWithOClockIsAClockTime() {
        assertEquals("2024-03-14T08:00", valueOf("The bells rang at 8 o'clock.", "8 o'clock", THURSDAY));
    }
}
