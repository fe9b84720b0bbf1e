package org.dossier.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language registry: what Lingua detects, which stop lists clustering reads, which languages are annotated. */
class LanguageRegistryTest {
    @Test
    void linguaDetectsTheEightLanguagesItAlwaysDetected() {
        assertEquals(List.of(Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
                Language.RUSSIAN, Language.FINNISH, Language.UKRAINIAN), Languages.detected());
    }

    @Test
    void clusteringReadsTheSevenSnowballStopLists() {
        List<String> names = Languages.stopListNames();
        assertEquals(List.of("english", "german", "french", "spanish", "italian", "portuguese", "dutch"), names);
        for (String name : names) {
            assertNotNull(Languages.class.getClassLoader()
                    .getResource("org/apache/lucene/analysis/snowball/" + name + "_stop.txt"), name);
        }
    }

    @Test
    void onlyEnglishHasAnAnnotatorModel() {
        assertTrue(Languages.hasAnnotatorModel("en"));
        assertTrue(Languages.hasAnnotatorModel("EN"));
        assertFalse(Languages.hasAnnotatorModel("de"));
        assertFalse(Languages.hasAnnotatorModel("und"));
        assertEquals(List.of("en"), Languages.all().stream().filter(LanguageSupport::annotatorModel)
                .map(LanguageSupport::code).toList());
    }

    @Test
    void germanFrenchAndSpanishHaveOptionalModelsAndTheOthersNone() {
        assertEquals(List.of("de", "fr", "es"), Languages.all().stream()
                .filter(l -> l.model() == LanguageSupport.Model.OPTIONAL).map(LanguageSupport::code).toList());
        assertEquals(LanguageSupport.Model.NONE, Languages.model("ru"));
        assertEquals(LanguageSupport.Model.NONE, Languages.model("und"));
        assertEquals(LanguageSupport.Model.BUILT_IN, Languages.model("en"));
    }

    @Test
    void codesAreLinguasIsoCodes() {
        assertEquals(Language.PORTUGUESE, Languages.of("pt").orElseThrow().lingua());
        assertFalse(Languages.of("pt").orElseThrow().detected());
        assertTrue(Languages.of("xx").isEmpty());
    }

    @Test
    void identifiesALanguageOfTheRegistry() {
        assertEquals("de", new LinguaIdentifier().identify(
                "Die Regierung hat am Montag beschlossen, die Steuern im kommenden Jahr nicht zu erhöhen."));
        assertEquals("und", new LinguaIdentifier().identify(" "));
    }
}
