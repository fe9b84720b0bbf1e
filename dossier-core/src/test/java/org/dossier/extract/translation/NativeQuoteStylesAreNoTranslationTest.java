package org.dossier.extract.translation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Quote marks as German and Czech print them („Wort“, „Wort”) pair up and are not glued: a native page quoting that
 * way is no machine translation, while the same page with English marks left unpaired still scores higher.
 */
class NativeQuoteStylesAreNoTranslationTest {
    private static final String GERMAN = "Ein Warnstreik hat am Dienstag den Nahverkehr in Kelsburg lahmgelegt. "
            + "Rund 3.000 Beschäftigte legten die Arbeit nieder.\n\n"
            + "Die Gewerkschaft fordert sieben Prozent mehr Lohn. Die Arbeitgeber boten vier Prozent an.\n\n"
            + "\u201eWir lassen uns nicht abspeisen\u201c, sagte Gewerkschaftschef Stefan Kramer. "
            + "Die Bürgermeisterin rief zu Gesprächen auf.\n\n"
            + "\u201eDas ist ein faires Angebot\u201c, sagte ein Sprecher der Arbeitgeber. Die nächste Runde ist am Donnerstag.";

    @Test
    void aGermanPageQuotingWithLowOpeningMarksIsNoTranslation() {
        assertTrue(TranslationScorer.score(GERMAN) < 0.2, "score " + TranslationScorer.score(GERMAN));
        String czechClose = GERMAN.replace('\u201c', '\u201d');
        assertTrue(TranslationScorer.score(czechClose) < 0.2, "score " + TranslationScorer.score(czechClose));
    }

    @Test
    void unpairedMarksStillCountAsEvidence() {
        String broken = GERMAN.replace("\u201eWir", "\u201cWir").replace("abspeisen\u201c", "abspeisen")
                .replace("\u201eDas", "Das\u201c");
        assertTrue(TranslationScorer.score(broken) > TranslationScorer.score(GERMAN) + 0.3,
                TranslationScorer.score(broken) + " vs " + TranslationScorer.score(GERMAN));
    }
}
