package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A figure's label names what it counts, in every language read: never the time expression after it ("412 este
 * jueves"), never a fragment of function words and a verb ("300 y acusó al"), never the unit with its scale word
 * ("millones de euros"). First read (branch num18 from c7c24e8, 2026-12-03): 0 of 4 (labels "este jueves", "y acusó
 * al", "millones de euros", "Millionen Euro"; "2.000 personas" read as 2).
 */
class LabelsAreNeverFunctionWordsTest {
    private static final Set<String> FUNCTION_WORDS = Set.of("este", "esta", "y", "al", "de", "et", "le", "und",
            "der", "this", "and", "the");

    private static List<Quantity> read(String text) {
        return QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
    }

    private static void assertNoFunctionWordLabel(String text) {
        for (Quantity q : read(text)) {
            String first = q.subject().split(" ")[0].toLowerCase(Locale.ROOT);
            String[] words = q.subject().split(" ");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            assertFalse(FUNCTION_WORDS.contains(first) || FUNCTION_WORDS.contains(last), text + " -> " + q);
        }
    }

    @Test
    void aDayNamedAfterAFigureIsNoLabel() {
        List<Quantity> es = read("La cifra de muertos en Valdoria subió a 412 este jueves.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("deaths", es.get(0).unit());
        assertFalse(es.get(0).subject().contains("jueves"), es.get(0).subject());
        assertTrue(read("El alcalde de Valdoria contó 412 este jueves.").isEmpty());
        assertTrue(read("Le maire de Brévanne en a compté 412 jeudi.").isEmpty());
        List<Quantity> fr = read("Le bilan du séisme de Brévanne est passé à 412 jeudi.");
        assertEquals("deaths", fr.get(0).unit(), fr.toString());
        assertFalse(fr.get(0).subject().contains("jeudi"), fr.get(0).subject());
        assertTrue(read("The mayor of Brennport counted 412 Thursday.").isEmpty());
    }

    @Test
    void aConjunctionAndAVerbAfterAFigureAreNoLabel() {
        assertTrue(read("El alcalde de Valdoria pidió 300 y acusó al gobierno.").isEmpty());
        assertTrue(read("Le maire de Brévanne a réclamé 300 et accusé le préfet.").isEmpty());
        assertTrue(read("Der Bürgermeister von Kelsdorf forderte 300 und warf der Regierung Versagen vor.").isEmpty());
        assertNoFunctionWordLabel("El terremoto dejó 412 muertos y acusó al gobierno de negligencia.");
        assertNoFunctionWordLabel("Le séisme a fait 412 morts et le maire accuse le préfet.");
    }

    @Test
    void aScaleWordInEachLanguageMultipliesTheSumAndIsNoLabel() {
        for (String text : List.of("Valdoria recibió 300 millones de euros.", "Brévanne a reçu 300 millions d'euros.",
                "Kelsdorf erhielt 300 Millionen Euro.", "Brennport received 300 million euros.")) {
            List<Quantity> qs = read(text);
            assertEquals(1, qs.size(), text + " " + qs);
            assertEquals(300_000_000, qs.get(0).value(), text);
            assertEquals("euros", qs.get(0).unit(), text);
            assertFalse(qs.get(0).subject().toLowerCase(Locale.ROOT).contains("mill"), text + " -> " + qs.get(0).subject());
        }
    }

    @Test
    void aDotBetweenGroupsOfThreeDigitsSeparatesThousands() {
        assertEquals(2_000, read("Más de 2.000 personas perdieron su casa en Valdoria.").get(0).value());
        assertEquals(12_500, read("Mehr als 12.500 Menschen verloren in Kelsdorf ihr Zuhause.").get(0).value());
        assertEquals(2_000_000_000, read("Valdoria pidió 2.000 millones de euros.").get(0).value());
        assertEquals(1_500_000, read("Brennport received 1.500 million euros.").get(0).value());
        assertEquals(2_000, read("More than 2,000 people lost their homes in Brennport.").get(0).value());
    }

    @Test
    void anEnglishNounThatIsNoFunctionWordElsewhereStaysInTheLabel() {
        assertEquals("war veterans", read("More than 40 war veterans met the mayor.").get(0).subject());
        assertEquals("Boeing aircraft", read("At least 30 Boeing aircraft were grounded.").get(0).subject());
    }
}
