package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * Dates of languages without SUTime rules, from their rule data, resolved against the anchor as the English path
 * resolves SUTime's. Anchor: Wednesday 2023-03-15.
 */
class DatesInOtherLanguagesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);

    private static List<TimeMention> times(String lang, String text, LocalDate anchor) {
        List<SentenceSpan> sentences = NameEvidenceAnnotator.sentences(text, lang);
        return RuleDates.of(lang).find(text, sentences, anchor, LocalDate.of(2020, 1, 1));
    }

    private static TimeMention time(String lang, String text, String expr) {
        List<TimeMention> found = times(lang, text, WEDNESDAY);
        return found.stream().filter(t -> t.text().equals(expr)).findFirst()
                .orElseThrow(() -> new AssertionError("no time \"" + expr + "\" in " + found));
    }

    private static void day(String lang, String text, String expr, LocalDate expected) {
        TimeMention t = time(lang, text, expr);
        assertEquals(expected, t.date(), expr);
        assertEquals("day", t.precision(), expr);
    }

    @Test
    void germanWrittenDatesWithAndWithoutYear() {
        day("de", "Der Vertrag wurde am 10. Januar 2022 in Wien unterzeichnet.", "10. Januar 2022", LocalDate.of(2022, 1, 10));
        day("de", "Die Gespräche sollen am 2. April fortgesetzt werden.", "2. April", LocalDate.of(2023, 4, 2));
        TimeMention month = time("de", "Die Preise waren im Oktober 2022 am höchsten.", "Oktober 2022");
        assertEquals(LocalDate.of(2022, 10, 1), month.date());
        assertEquals("month", month.precision());
    }

    @Test
    void germanRelativeDaysAndWeekdays() {
        day("de", "Der Minister ist gestern zurückgetreten.", "gestern", LocalDate.of(2023, 3, 14));
        day("de", "Die Polizei nahm am Montag drei Verdächtige fest.", "am Montag", LocalDate.of(2023, 3, 13));
        day("de", "Das Parlament wird am Freitag über das Gesetz abstimmen.", "am Freitag", LocalDate.of(2023, 3, 17));
        day("de", "Am vergangenen Donnerstag brach das Feuer aus.", "Am vergangenen Donnerstag", LocalDate.of(2023, 3, 9));
        day("de", "Die Sitzung ist für den kommenden Montag angesetzt.", "kommenden Montag", LocalDate.of(2023, 3, 20));
    }

    @Test
    void germanPeriodsAgoAndNext() {
        TimeMention ago = time("de", "Die Firma hatte vor zwei Wochen Insolvenz angemeldet.", "vor zwei Wochen");
        assertEquals(LocalDate.of(2023, 2, 27), ago.date());
        assertEquals("week", ago.precision());
        TimeMention next = time("de", "In der kommenden Woche beginnt der Prozess.", "In der kommenden Woche");
        assertEquals(LocalDate.of(2023, 3, 20), next.date());
        TimeMention lastMonth = time("de", "Im vergangenen Monat stieg die Inflation.", "Im vergangenen Monat");
        assertEquals(LocalDate.of(2023, 2, 1), lastMonth.date());
        assertEquals("month", lastMonth.precision());
    }

    @Test
    void frenchDatesWeekdaysAndWeeks() {
        day("fr", "L'accord a été signé le 10 janvier 2022 à Genève.", "le 10 janvier 2022", LocalDate.of(2022, 1, 10));
        day("fr", "Le sommet s'est ouvert le 1er mars à Bruxelles.", "le 1er mars", LocalDate.of(2023, 3, 1));
        day("fr", "Le ministre a démissionné lundi dernier.", "lundi dernier", LocalDate.of(2023, 3, 13));
        day("fr", "Le président a annoncé hier un nouveau plan.", "hier", LocalDate.of(2023, 3, 14));
        day("fr", "Les syndicats vont manifester jeudi à Paris.", "jeudi", LocalDate.of(2023, 3, 16));
        TimeMention week = time("fr", "Les négociations reprendront la semaine prochaine.", "la semaine prochaine");
        assertEquals(LocalDate.of(2023, 3, 20), week.date());
        assertEquals("week", week.precision());
        TimeMention ago = time("fr", "L'usine a fermé il y a trois mois.", "il y a trois mois");
        assertEquals(LocalDate.of(2022, 12, 1), ago.date());
        assertEquals("month", ago.precision());
    }

    @Test
    void spanishDatesAndRelativeExpressions() {
        day("es", "El acuerdo se firmó el 10 de enero de 2022 en Madrid.", "10 de enero de 2022", LocalDate.of(2022, 1, 10));
        day("es", "El ministro dimitió el pasado lunes.", "el pasado lunes", LocalDate.of(2023, 3, 13));
        day("es", "La policía detuvo ayer a dos sospechosos.", "ayer", LocalDate.of(2023, 3, 14));
        day("es", "El próximo viernes se votará la ley.", "El próximo viernes", LocalDate.of(2023, 3, 17));
        TimeMention ago = time("es", "La empresa cerró hace dos semanas.", "hace dos semanas");
        assertEquals(LocalDate.of(2023, 2, 27), ago.date());
    }

    @Test
    void italianAndDutchDates() {
        day("it", "L'accordo è stato firmato il 10 gennaio 2022 a Roma.", "10 gennaio 2022", LocalDate.of(2022, 1, 10));
        day("it", "Il ministro si è dimesso ieri.", "ieri", LocalDate.of(2023, 3, 14));
        day("it", "Lunedì scorso la polizia ha arrestato due uomini.", "Lunedì scorso", LocalDate.of(2023, 3, 13));
        day("nl", "Het akkoord werd op 10 januari 2022 getekend.", "10 januari 2022", LocalDate.of(2022, 1, 10));
        day("nl", "De minister trad gisteren af.", "gisteren", LocalDate.of(2023, 3, 14));
        TimeMention ago = time("nl", "De fabriek sloot twee weken geleden.", "twee weken geleden");
        assertEquals(LocalDate.of(2023, 2, 27), ago.date());
    }

    @Test
    void russianRelativeDaysAndWeekdays() {
        day("ru", "Министр вчера подал в отставку.", "вчера", LocalDate.of(2023, 3, 14));
        day("ru", "Переговоры прошли в понедельник в Женеве.", "в понедельник", LocalDate.of(2023, 3, 13));
        day("ru", "Делегация прибудет в пятницу, сообщил он. Встреча будет в пятницу.", "в пятницу",
                LocalDate.of(2023, 3, 10));
    }

    @Test
    void relativeExpressionsNeedAnAnchorAndALanguageWithoutRulesHasNoTimes() {
        assertTrue(times("de", "Der Minister ist gestern zurückgetreten.", null).isEmpty());
        assertEquals(List.of(LocalDate.of(2022, 1, 10)),
                times("de", "Am 10. Januar 2022 gestern.", null).stream().map(TimeMention::date).toList());
        assertTrue(RuleDates.of("pt").isEmpty());
        assertTrue(times("pt", "O ministro demitiu-se ontem, a 10 de janeiro de 2022.", WEDNESDAY).isEmpty());
    }

    @Test
    void russianWrittenDatesInTheGenitiveAndMonthsInThePrepositional() {
        day("ru", "Переговоры начались 10 января 2022 г. в Женеве.", "10 января 2022", LocalDate.of(2022, 1, 10));
        day("ru", "Встреча состоится 2 апреля, сообщили в МИД.", "2 апреля", LocalDate.of(2023, 4, 2));
        TimeMention month = time("ru", "Цены выросли в октябре 2022 года.", "в октябре 2022");
        assertEquals(LocalDate.of(2022, 10, 1), month.date());
        assertEquals("month", month.precision());
    }

    @Test
    void ukrainianWrittenDatesAndRelativeDays() {
        day("uk", "Угоду підписали 24 серпня 2023 року в Києві.", "24 серпня 2023", LocalDate.of(2023, 8, 24));
        day("uk", "Міністр учора подав у відставку.", "учора", LocalDate.of(2023, 3, 14));
        day("uk", "Переговори відбулися у понеділок.", "у понеділок", LocalDate.of(2023, 3, 13));
        TimeMention ago = time("uk", "Завод закрили два тижні тому.", "два тижні тому");
        assertEquals(LocalDate.of(2023, 2, 27), ago.date());
    }

    @Test
    void finnishWrittenDatesInThePartitiveAndWeekdaysInTheEssive() {
        day("fi", "Sopimus allekirjoitettiin 10. tammikuuta 2022 Helsingissä.", "10. tammikuuta 2022",
                LocalDate.of(2022, 1, 10));
        day("fi", "Ministeri erosi eilen.", "eilen", LocalDate.of(2023, 3, 14));
        day("fi", "Poliisi pidätti maanantaina kaksi miestä.", "maanantaina", LocalDate.of(2023, 3, 13));
        TimeMention month = time("fi", "Hinnat nousivat lokakuussa 2022.", "lokakuussa 2022");
        assertEquals(LocalDate.of(2022, 10, 1), month.date());
    }

    @Test
    void italianAndDutchRelativePeriods() {
        TimeMention it = time("it", "La fabbrica ha chiuso due settimane fa.", "due settimane fa");
        assertEquals(LocalDate.of(2023, 2, 27), it.date());
        day("nl", "De politie arresteerde maandag twee mannen.", "maandag", LocalDate.of(2023, 3, 13));
        day("it", "Il vertice si terrà il 3 maggio a Roma.", "3 maggio", LocalDate.of(2023, 5, 3));
    }

    @Test
    void aPartOfTheDayAfterADayOrWeekdayIsPartOfTheTime() {
        day("fr", "Le bilan s'est alourdi lundi soir, a confirmé la police.", "lundi soir", LocalDate.of(2023, 3, 13));
        day("fr", "La mairesse a réclamé mardi matin une aide de l'État.", "mardi matin", LocalDate.of(2023, 3, 14));
        day("fr", "Les pompiers sont arrivés hier après-midi.", "hier après-midi", LocalDate.of(2023, 3, 14));
        day("it", "Il sindaco ha parlato ieri sera in consiglio.", "ieri sera", LocalDate.of(2023, 3, 14));
        day("de", "Die Polizei nahm gestern Abend zwei Männer fest.", "gestern Abend", LocalDate.of(2023, 3, 14));
        day("fr", "Le maire a parlé lundi devant le conseil.", "lundi", LocalDate.of(2023, 3, 13));
    }
}
