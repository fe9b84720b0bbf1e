package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.text.TextDate.Form;
import org.dossier.text.TextDate.Order;
import org.dossier.text.TextDate.Precision;
import org.junit.jupiter.api.Test;

/** The one reader of dates in text reads each form in English, German, French and Spanish, with span and precision. */
class DatesWrittenInTextTest {
    private static final LocalDate MARCH_7 = LocalDate.of(2025, 3, 7);
    /** Every name and abbreviation of the calendar table, numeric dates in either order, month-years. */
    private static final TextDates ALL = new TextDates(new DateForms(
            MonthWords.lowerCase(CalendarNames.months(CalendarNames.languages(),
                    Set.of(CalendarNames.Kind.MONTH, CalendarNames.Kind.MONTH_ABBREVIATION)), 10),
            DateForms.ANY_YEAR, 1990, 2100, true, true, true, false, true, false, DateForms.Numeric.ANY_ORDER, true));
    private static final TextDates DATELINE = new TextDates(DatelineFinder.FORMS);

    private static TextDate only(TextDates reader, String text) {
        List<TextDate> all = reader.all(text);
        assertEquals(1, all.size(), text + ": " + all);
        return all.get(0);
    }

    private static void readsAs(String text, Form form, LocalDate date) {
        TextDate d = only(ALL, text);
        assertEquals(form, d.form(), text);
        assertEquals(date, d.date(), text);
        assertEquals(Precision.DAY, d.precision(), text);
    }

    @Test
    void isoDatesAndTimestampsWithTheirSpan() {
        TextDate d = only(ALL, "Posted 2025-03-07T10:12:00Z");
        assertEquals(Form.ISO, d.form());
        assertEquals(MARCH_7, d.date());
        assertEquals("2025-03-07", "Posted 2025-03-07T10:12:00Z".substring(d.start(), d.end()));
        assertTrue(ALL.all("Room 2025-13-45").isEmpty());
    }

    @Test
    void dayMonthYearInEachLanguage() {
        readsAs("on 7 March 2025", Form.DAY_MONTH_YEAR, MARCH_7);
        readsAs("on 7th Mar. 2025", Form.DAY_MONTH_YEAR, MARCH_7);
        readsAs("Berlin, 7. März 2025", Form.DAY_MONTH_YEAR, MARCH_7);
        readsAs("Paris, le 7 mars 2025", Form.DAY_MONTH_YEAR, MARCH_7);
        readsAs("el 7 de marzo de 2025", Form.DAY_MONTH_YEAR, MARCH_7);
        readsAs("le 3 février 2025", Form.DAY_MONTH_YEAR, LocalDate.of(2025, 2, 3));
        readsAs("am 3. Okt. 2025", Form.DAY_MONTH_YEAR, LocalDate.of(2025, 10, 3));
    }

    @Test
    void monthDayYearInEachLanguage() {
        readsAs("March 7, 2025", Form.MONTH_DAY_YEAR, MARCH_7);
        readsAs("Mar. 7th 2025", Form.MONTH_DAY_YEAR, MARCH_7);
        readsAs("März 7, 2025", Form.MONTH_DAY_YEAR, MARCH_7);
        readsAs("mars 7, 2025", Form.MONTH_DAY_YEAR, MARCH_7);
        readsAs("marzo 7, 2025", Form.MONTH_DAY_YEAR, MARCH_7);
    }

    @Test
    void numericDatesSayInWhichOrderTheyAreRead() {
        TextDate dayFirst = only(ALL, "25/03/2025");
        assertEquals(Order.DAY_FIRST, dayFirst.order());
        assertEquals(LocalDate.of(2025, 3, 25), dayFirst.date());
        TextDate monthFirst = only(ALL, "03/25/2025");
        assertEquals(Order.MONTH_FIRST, monthFirst.order());
        assertEquals(LocalDate.of(2025, 3, 25), monthFirst.date());
        TextDate ambiguous = only(ALL, "am 07.03.2025");
        assertEquals(Order.AMBIGUOUS, ambiguous.order());
        assertEquals(MARCH_7, ambiguous.date());
        assertEquals(LocalDate.of(2025, 7, 3), ambiguous.alternative());
        assertEquals(Order.SAME, only(ALL, "03/03/2025").order());
    }

    @Test
    void settledNumericDatesMayBeSpacedAndSkipTheAmbiguous() {
        assertEquals(LocalDate.of(2013, 9, 27), only(DATELINE, "27 / 09 / 2013 - Vote").date());
        assertEquals(LocalDate.of(2013, 9, 27), only(DATELINE, "le 27.09.13").date());
        assertTrue(DATELINE.all("05/06/2013").isEmpty());
    }

    @Test
    void monthYearsInEachLanguageAtMonthPrecision() {
        for (String text : List.of("in March 2025", "im März 2025", "en mars 2025", "en marzo de 2025")) {
            TextDate d = only(ALL, text);
            assertEquals(Form.MONTH_YEAR, d.form(), text);
            assertEquals(Precision.MONTH, d.precision(), text);
            assertEquals(LocalDate.of(2025, 3, 1), d.date(), text);
        }
        assertEquals(Form.DAY_MONTH_YEAR, only(ALL, "on 7 March 2025").form());
    }

    @Test
    void readersDifferInTheirMonthWordsAndYears() {
        assertEquals(MARCH_7, only(DATELINE, "7. Maerz 2025").date());
        assertTrue(ALL.all("7. Maerz 2025").isEmpty());
        TextDates stems = new TextDates(new DateForms(MonthWords.stems("en"), DateForms.ANY_YEAR, 1901,
                Integer.MAX_VALUE, true, true, false, true, false, false, DateForms.Numeric.NONE, false));
        assertEquals(MARCH_7, only(stems, "march 7, 2025").date());
        assertEquals(MARCH_7, only(stems, "mars 7, 2025").date(), "a word opening with a month's stem");
        assertTrue(ALL.all("on 7 March 1985").isEmpty());
        assertEquals(LocalDate.of(1985, 3, 7), only(DATELINE, "on 7 March 1985").date());
    }

    @Test
    void theFirstDateIsTheEarliestOfAnyForm() {
        assertEquals(LocalDate.of(2024, 12, 24), ALL.first("Updated December 24, 2024 · posted 2021-02-03").date());
        assertEquals(LocalDate.of(2021, 2, 3), DATELINE.first("posted 2021-02-03 · Updated December 24, 2024").date());
        assertNull(DATELINE.first("no date here, 12 monkeys"));
    }
}
