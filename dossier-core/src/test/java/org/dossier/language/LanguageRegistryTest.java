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
    void linguaDetectsTheEuropeanAsianAndMiddleEasternNewsLanguagesBesideTheTenOfBefore() {
        List<Language> detected = Languages.detected();
        assertEquals(List.of(Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
                Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.FINNISH, Language.UKRAINIAN),
                detected.subList(0, 10));
        for (Language added : List.of(Language.POLISH, Language.CZECH, Language.SWEDISH, Language.TURKISH,
                Language.INDONESIAN, Language.GREEK, Language.JAPANESE, Language.KOREAN, Language.CHINESE,
                Language.ARABIC)) {
            assertTrue(detected.contains(added), added.toString());
        }
    }

    @Test
    void portugueseNewsIsNotReadAsSpanishNorDutchAsGerman() {
        LinguaIdentifier stage = new LinguaIdentifier();
        assertEquals("pt", stage.identify("O governo anunciou nesta segunda-feira que não vai aumentar os impostos "
                + "no próximo ano, segundo o ministro da Fazenda, que falou aos jornalistas em Brasília."));
        assertEquals("es", stage.identify("El Gobierno anunció este lunes que no subirá los impuestos el próximo "
                + "año, según el ministro de Hacienda, que habló con los periodistas en Madrid."));
        assertEquals("nl", stage.identify("De regering heeft maandag besloten de belastingen volgend jaar niet te "
                + "verhogen, zei de minister van Financiën tegen verslaggevers in Den Haag."));
        assertEquals("de", stage.identify("Die Regierung hat am Montag beschlossen, die Steuern im kommenden Jahr "
                + "nicht zu erhöhen, sagte der Finanzminister vor Journalisten in Berlin."));
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
        assertTrue(Languages.of("pt").orElseThrow().detected());
        assertTrue(Languages.of("xx").isEmpty());
    }

    @Test
    void identifiesALanguageOfTheRegistry() {
        assertEquals("de", new LinguaIdentifier().identify(
                "Die Regierung hat am Montag beschlossen, die Steuern im kommenden Jahr nicht zu erhöhen."));
        assertEquals("und", new LinguaIdentifier().identify(" "));
    }
}
