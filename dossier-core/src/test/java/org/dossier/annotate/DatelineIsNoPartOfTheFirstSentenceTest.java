package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.SentenceSpan;
import org.junit.jupiter.api.Test;

/** A dateline opening the text is not part of its first sentence, whichever annotator split it. */
class DatelineIsNoPartOfTheFirstSentenceTest {

    /** The first sentence's text when the annotator split {@code text} as one sentence up to its first full stop. */
    private static String firstSentence(String text) {
        int end = text.indexOf(". ") + 1;
        AnnotatedText doc = new AnnotatedText(text, List.of(),
                List.of(new SentenceSpan(0, end), new SentenceSpan(end + 1, text.length())),
                AnnotatedText.paragraphsOf(text), List.of());
        SentenceSpan s = doc.sentences().get(0);
        return text.substring(s.start(), s.end());
    }

    @Test
    void aCapitalisedPlaceWithItsCountryAndAgencyIsCutOff() {
        assertEquals("A strong earthquake struck the north of Marvia early Monday.",
                firstSentence("KESSEL, Marvia (AP) \u2014 A strong earthquake struck the north of Marvia early Monday. "
                        + "Rescuers worked through the night."));
    }

    @Test
    void aPlaceInCapitalsAloneBeforeADashIsCutOff() {
        assertEquals("Rescuers pulled six people from the rubble on Tuesday.",
                firstSentence("PORT ELDEN \u2014 Rescuers pulled six people from the rubble on Tuesday. Two died."));
    }

    @Test
    void aGermanWireDatelineWithItsAgencyIsCutOff() {
        assertEquals("Die Polizei hat am Montag drei Verdächtige festgenommen.",
                firstSentence("Kranzbach (dpa) \u2013 Die Polizei hat am Montag drei Verdächtige festgenommen. "
                        + "Sie schweigen."));
    }

    @Test
    void aDatelineWithADateAndAHyphenIsCutOff() {
        assertEquals("Ostmark's central bank raised its main rate on Thursday.",
                firstSentence("ORLAND, March 14 (Reuters) - Ostmark's central bank raised its main rate on Thursday. "
                        + "Markets fell."));
    }

    @Test
    void aSpanishAgencyDatelineWithAFullStopBeforeTheDashIsCutOff() {
        assertEquals("El Gobierno aprobó el lunes un fondo de ayuda.",
                firstSentence("Marvella, 10 ene (EFE).- El Gobierno aprobó el lunes un fondo de ayuda. Hubo críticas."));
    }

    @Test
    void aDatelineOfTwoPlacesIsCutOff() {
        assertEquals("Envoys of both countries met on Monday.",
                firstSentence("BRASK/OSLA (WNA) - Envoys of both countries met on Monday. They agreed."));
    }

    @Test
    void aTextWithoutDatelineKeepsItsWholeFirstSentence() {
        assertEquals("NATO allies met in Orlec on Monday.", firstSentence("NATO allies met in Orlec on Monday. They agreed."));
        assertEquals("Rescuers \u2014 many of them volunteers \u2014 dug all night.",
                firstSentence("Rescuers \u2014 many of them volunteers \u2014 dug all night. Six were saved."));
    }

    @Test
    void withoutAModelTheFirstSentenceStartsAfterTheDatelineToo() {
        String text = "Kranzbach (dpa) \u2013 Ein Warnstreik hat am Dienstag den Nahverkehr lahmgelegt. Rund 3.000 "
                + "Beschäftigte legten die Arbeit nieder.";
        Article a = new Article("a", "a", null, "t", List.of(), LocalDate.of(2025, 3, 11), List.of(), null, "de",
                List.of(), text, 0.0, null, null);
        Annotations ann = new NameEvidenceAnnotator(Clock.systemUTC(), l -> "no model").annotate(a, LocalDate.of(2025, 3, 11));
        SentenceSpan first = ann.sentences().get(0);
        assertEquals("Ein Warnstreik hat am Dienstag den Nahverkehr lahmgelegt.", text.substring(first.start(), first.end()));
    }

    @Test
    void laterSentencesAreLeftAsTheAnnotatorSplitThem() {
        String text = "KESSEL, Marvia (AP) \u2014 A quake struck. Rescuers came.";
        AnnotatedText doc = new AnnotatedText(text, List.of(),
                List.of(new SentenceSpan(0, 40), new SentenceSpan(41, text.length())), List.of(), List.of());
        assertEquals(new SentenceSpan(41, text.length()), doc.sentences().get(1));
        assertEquals(2, doc.sentences().size());
    }
}
