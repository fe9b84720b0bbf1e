package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * A bare weekday points ahead in a sentence whose verb is in the simple future, which French and Spanish write as
 * an ending ("votará", "harán", "fera", "voteront": {@code future-cue} endings), or after a preposition of purpose
 * ("para el jueves", "pour jeudi", "für Donnerstag"); a capitalised name with such an ending ("Irán") is no verb, a
 * past verb keeps the weekday behind, and so does a future verb farther off, in what a past statement reports. Anchor: Wednesday 2031-03-05.
 */
class FutureVerbFormsPointWeekdaysAheadTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 5);

    private static LocalDate dayOf(String lang, String text) {
        List<SentenceSpan> sentences = NameEvidenceAnnotator.sentences(text, lang);
        List<TimeMention> found = RuleDates.of(lang).find(text, sentences, WEDNESDAY, LocalDate.of(2020, 1, 1));
        assertEquals(1, found.size(), found.toString());
        return found.get(0).date();
    }

    @Test
    void aSpanishFutureVerbPointsTheWeekdayAhead() {
        assertEquals(LocalDate.of(2031, 3, 9), dayOf("es", "La asamblea votará el domingo el preacuerdo."));
        assertEquals(LocalDate.of(2031, 3, 6), dayOf("es", "Los maquinistas harán huelga el jueves."));
    }

    @Test
    void aFrenchFutureVerbPointsTheWeekdayAhead() {
        assertEquals(LocalDate.of(2031, 3, 7), dayOf("fr", "Les conducteurs feront grève vendredi."));
        assertEquals(LocalDate.of(2031, 3, 7), dayOf("fr", "Le syndicat fera grève vendredi."));
        assertEquals(LocalDate.of(2031, 3, 7), dayOf("fr", "Les négociations reprendront vendredi."));
    }

    @Test
    void aPastVerbKeepsTheWeekdayBehind() {
        assertEquals(LocalDate.of(2031, 3, 2), dayOf("es", "La asamblea votó el domingo el preacuerdo."));
        assertEquals(LocalDate.of(2031, 2, 28), dayOf("fr", "Les conducteurs ont fait grève vendredi."));
    }

    @Test
    void aFutureReportedByAPastStatementLeavesItsWeekdayBehind() {
        assertEquals(LocalDate.of(2031, 3, 3), dayOf("es", "El alcalde dijo el lunes que la ciudad no aceptará chantajes."));
    }

    @Test
    void aCapitalisedNameWithAFutureEndingIsNoVerb() {
        assertEquals(LocalDate.of(2031, 3, 2), dayOf("es", "Irán atacó el domingo una base."));
    }

    @Test
    void aWeekdayForAPurposeLiesAhead() {
        assertEquals(LocalDate.of(2031, 3, 6), dayOf("es", "El sindicato convocó una huelga para el jueves."));
        assertEquals(LocalDate.of(2031, 3, 6), dayOf("fr", "Le syndicat a appelé à la grève pour jeudi."));
        assertEquals(LocalDate.of(2031, 3, 6), dayOf("de", "Die Gewerkschaft rief zum Streik für Donnerstag auf."));
    }
}
