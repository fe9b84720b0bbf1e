package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * A weekday in what a verb of calling, planning or threatening asks for or plans ("a appelé à faire grève jeudi",
 * "prévoit de manifester samedi", "zum Streik am Donnerstag aufgerufen", "convocó una huelga el jueves") is the
 * coming one, though the verb is past; a weekday the verb itself is dated by ("a appelé lundi …") stays behind.
 * The frames are rule data per language ({@code future-frame} rows of {@code dates.txt}). Anchor: Tuesday 2031-03-04.
 */
class CallsAndPlansPointTheirWeekdayAheadTest {
    private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 4);
    private static final LocalDate NEXT_THURSDAY = LocalDate.of(2031, 3, 6);
    private static final LocalDate NEXT_SATURDAY = LocalDate.of(2031, 3, 8);

    private static List<TimeMention> found(String lang, String text) {
        List<SentenceSpan> sentences = NameEvidenceAnnotator.sentences(text, lang);
        return RuleDates.of(lang).find(text, sentences, TUESDAY, LocalDate.of(2020, 1, 1));
    }

    private static LocalDate dayOf(String lang, String text) {
        List<TimeMention> times = found(lang, text);
        assertEquals(1, times.size(), times.toString());
        return times.get(0).date();
    }

    @Test
    void aFrenchCallToStrikeOnAWeekdayIsForTheComingOne() {
        assertEquals(NEXT_THURSDAY, dayOf("fr", "Le syndicat a appelé à faire grève jeudi."));
        assertEquals(NEXT_SATURDAY, dayOf("fr", "Les agriculteurs prévoient de manifester samedi à Lyon."));
        assertEquals(NEXT_THURSDAY, dayOf("fr", "La CGT a menacé de bloquer le port jeudi."));
    }

    @Test
    void aGermanCallToStrikeOnAWeekdayIsForTheComingOne() {
        assertEquals(NEXT_THURSDAY, dayOf("de", "Die Gewerkschaft hat zum Streik am Donnerstag aufgerufen."));
        assertEquals(NEXT_THURSDAY, dayOf("de", "Die Gewerkschaft rief die Fahrer zu einem Warnstreik am Donnerstag auf."));
    }

    @Test
    void aSpanishCallToStrikeOnAWeekdayIsForTheComingOne() {
        assertEquals(NEXT_THURSDAY, dayOf("es", "El sindicato convocó una huelga el jueves."));
        assertEquals(NEXT_THURSDAY, dayOf("es", "Los estibadores amenazaron con parar el puerto el jueves."));
    }

    @Test
    void theDayTheCallWasMadeStaysBehind() {
        assertEquals(LocalDate.of(2031, 3, 3), dayOf("fr", "Le syndicat a appelé lundi les salariés à la grève."));
        assertEquals(LocalDate.of(2031, 3, 3), dayOf("de", "Die Gewerkschaft hat am Montag die Fahrer aufgerufen."));
    }
}
