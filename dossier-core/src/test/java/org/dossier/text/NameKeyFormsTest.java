package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a name is read for the keys: possessives, elided articles, weekdays and the place of a dateline. */
class NameKeyFormsTest {
    private static Map<String, Integer> keys(String title, String text) {
        return KeyFeatures.of(title, text).counts();
    }

    @Test
    void possessiveFormsAreKeysOfTheirName() {
        Map<String, Integer> c = keys(null, "Aid reached Norvane on Friday. Norvane's mayor thanked donors, "
                + "and Norvane’s hospitals reopened. The Farmers' Union and the Miners’ Guild sent food.");
        assertEquals(3, c.get("e:norvane"), c.toString());
        assertTrue(c.containsKey("e:farmers union"), c.toString());
        assertTrue(c.containsKey("e:miners guild"), c.toString());
        assertTrue(c.keySet().stream().noneMatch(k -> k.contains("'") || k.contains("’")), c.toString());
    }

    @Test
    void aPossessiveJoinsNoNameAfterIt() {
        Map<String, Integer> c = keys(null, "Voters rejected Prime Minister Arno Veld's Liberal Front on Sunday.");
        assertTrue(c.containsKey("e:arno veld"), c.toString());
        assertTrue(c.containsKey("e:liberal front"), c.toString());
        assertFalse(c.containsKey("e:veld liberal"), c.toString());
    }

    @Test
    void anElidedArticleIsNoPartOfTheNameAndMarksItAsOne() {
        Map<String, Integer> c = keys("Après le passage d'Hélia, la Bretagne compte ses dégâts",
                "Les habitants de l'Île-Tudy et d’Ouessant attendent le retour du courant.");
        assertTrue(c.containsKey("e:helia"), c.toString());
        assertTrue(c.containsKey("e:ile-tudy"), c.toString());
        assertTrue(c.containsKey("e:ouessant"), c.toString());
        assertTrue(c.keySet().stream().noneMatch(k -> k.startsWith("e:d'") || k.startsWith("e:l'")), c.toString());
        Map<String, Integer> it = keys(null, "I soccorritori sono arrivati dall'Umbria e nell'Aquila.");
        assertTrue(it.containsKey("e:umbria") && it.containsKey("e:aquila"), it.toString());
    }

    @Test
    void weekdayNamesAreNoKeysInAnyLanguage() {
        Map<String, Integer> en = keys(null, "The vote on Sunday followed Monday's debate, and results came Tuesday.");
        Map<String, Integer> de = keys(null, "Die Wahl am Sonntag folgte der Debatte. Am Montag kamen die Ergebnisse.");
        Map<String, Integer> fr = keys(null, "Le scrutin de dimanche a suivi le débat. Les résultats sont attendus Mardi.");
        Map<String, Integer> es = keys(null, "La votación del Domingo siguió al debate del Lunes.");
        for (Map<String, Integer> c : java.util.List.of(en, de, fr, es)) {
            assertTrue(c.keySet().stream().noneMatch(k -> k.matches(
                    "e:(sunday|monday|tuesday|sonntag|montag|dimanche|mardi|domingo|lunes)")), c.toString());
        }
    }

    @Test
    void theCapitalPlaceOfADatelineIsANameAndItsAgencyNoKey() {
        Map<String, Integer> c = keys("Man dies as floodwater sweeps car off road",
                "CARDWELL (WNA) — A 67-year-old man died after his car was swept off a road, police said.");
        assertTrue(c.containsKey("e:cardwell"), c.toString());
        assertFalse(c.containsKey("e:wna"), c.toString());
        Map<String, Integer> two = keys(null, "PORT MELLIN, Ostravia (Reuters) — Divers reached the hull on Tuesday.");
        assertTrue(two.containsKey("e:port mellin"), two.toString());
        assertTrue(two.containsKey("e:ostravia"), two.toString());
        assertFalse(two.containsKey("e:reuters"), two.toString());
    }

    @Test
    void aCapitalisedDatelinePlaceNeedsItsAgency() {
        assertTrue(keys(null, "Lindenfeld (dpa) – Einen Tag nach der Explosion gaben die Messtrupps Entwarnung.")
                .containsKey("e:lindenfeld"));
        assertFalse(keys(null, "Analysis — The vote leaves the coalition weaker than it looks.")
                .containsKey("e:analysis"));
    }

    @Test
    void anAgencyNamedInTheBodyStaysAKey() {
        Map<String, Integer> c = keys(null, "The figures were first reported by Reuters and later confirmed.");
        assertTrue(c.containsKey("e:reuters"), c.toString());
    }

    @Test
    void aWordInCapitalsAtASentenceStartIsConfirmedByItsCapitalisedForm() {
        Map<String, Integer> c = keys("KELMORE COUNCIL VOTES TO CLOSE LIBRARY", "The council of Kelmore voted on Monday.");
        assertEquals(2, c.get("e:kelmore"), c.toString()); // the headline's and the body's
        assertFalse(c.containsKey("e:votes"), c.toString());
    }

    @Test
    void theWordAfterADatelineOpensASentence() {
        Map<String, Integer> c = keys(null, "KELBY (WNA) — Heavy rain flooded the Kelby valley on Tuesday.");
        assertEquals(2, c.get("e:kelby"), c.toString());
        assertFalse(c.containsKey("e:heavy"), c.toString());
    }
}
