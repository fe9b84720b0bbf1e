package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Name keys in a language that capitalises its nouns (German): listed nouns, noun suffixes, compounds of a listed
 * head and words written after an article are no names, names that take an article stay names, a genitive is its
 * name; and titles of languages that write them in sentence case give names by their capitals.
 */
class GermanNounsAndSentenceCaseTitlesTest {
    private static Map<String, Integer> keys(String title, String text, String language) {
        return KeyFeatures.of(title, text, language).counts();
    }

    @Test
    void listedNounsSuffixedNounsAndCompoundsOfAListedHeadAreNoNameKeysInGerman() {
        Map<String, Integer> c = keys(null, "In Velsdorf hat die Polizei am Abend Ermittlungen aufgenommen. "
                + "Auch Innenminister Rolf Brenner und mehrere Rettungskräfte kamen nach Velsdorf.", "de");
        assertTrue(c.containsKey("e:velsdorf"), c.toString());
        assertTrue(c.containsKey("e:rolf brenner"), c.toString());
        assertFalse(c.containsKey("e:polizei"), c.toString());
        assertFalse(c.containsKey("e:ermittlungen"), c.toString());
        assertFalse(c.containsKey("e:innenminister"), c.toString());
        assertFalse(c.containsKey("e:rettungskrafte"), c.toString());
    }

    @Test
    void aWordAfterAnArticleIsANounInTheWholeTextEvenAfterAnAdjective() {
        Map<String, Integer> c = keys(null, "Über der Siedlung stand eine dunkle Rauchwolke. Rauchwolke und Lärm "
                + "weckten Anwohner in Brannheim. Eine Sirene heulte.", "de");
        assertFalse(c.containsKey("e:rauchwolke"), c.toString());
        assertFalse(c.containsKey("e:siedlung"), c.toString());
        assertFalse(c.containsKey("e:sirene"), c.toString());
        assertTrue(c.containsKey("e:brannheim"), c.toString());
    }

    @Test
    void namesThatTakeAnArticleAndAcronymsStayNames() {
        Map<String, Integer> c = keys(null, "Die Gespräche über die Ukraine und die Türkei begannen, "
                + "die OSZE und die Grünen schickten Beobachter.", "de");
        assertTrue(c.containsKey("e:ukraine"), c.toString());
        assertTrue(c.containsKey("e:turkei"), c.toString());
        assertTrue(c.containsKey("e:osze"), c.toString());
        assertTrue(c.containsKey("e:grunen"), c.toString());
        assertFalse(c.containsKey("e:gesprache"), c.toString());
    }

    @Test
    void aGermanGenitiveIsAKeyOfTheNameTheTextGives() {
        Map<String, Integer> c = keys(null, "Der Konzern Ralvek Stahl schloss das Werk. Ralveks Chef schwieg.", "de");
        assertEquals(2, c.get("e:ralvek"), c.toString());
        assertFalse(c.containsKey("e:ralveks"), c.toString());
    }

    @Test
    void theSameTextWithoutItsLanguageKeepsEveryConfirmedCapital() {
        String text = "In Velsdorf hat die Polizei am Abend Ermittlungen aufgenommen, die Polizei sucht Zeugen.";
        assertTrue(keys(null, text, null).containsKey("e:polizei"));
        assertFalse(keys(null, text, "de").containsKey("e:polizei"));
        assertEquals(KeyFeatures.of(null, text).counts(), keys(null, text, null));
    }

    @Test
    void aTitleInSentenceCaseGivesNamesByItsCapitalsButATitleCaseOneDoesNot() {
        String fr = "Les secours fouillent les décombres à Marvelle";
        assertTrue(keys(fr, "Le bilan reste provisoire.", "fr").containsKey("e:marvelle"));
        assertFalse(keys(fr, "Le bilan reste provisoire.", null).containsKey("e:marvelle"));
        Map<String, Integer> en = keys("Rescuers Search Rubble In Marvelle", "The toll is provisional.", "en");
        assertFalse(en.containsKey("e:rubble"), en.toString());
        assertFalse(en.containsKey("e:marvelle"), en.toString());
    }

    @Test
    void frenchAndDutchTextsKeepTheirNamesAndNounsAsBefore() {
        String fr = "La préfecture de Marvelle a confirmé le bilan. Le maire Alain Rousse a parlé.";
        assertEquals(keys(null, fr, null), keys(null, fr, "fr"));
        String nl = "De gemeente Oosterveld meldt schade. Burgemeester Anke de Wit sprak van een ramp.";
        assertEquals(keys(null, nl, null), keys(null, nl, "nl"));
    }
}
