package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void latinWordsFoldCharByCharAsTheirDecompositionDoes() {
        for (String w : new String[] {"Zürich", "Ærøskøbing", "Ĳsselmeer", "Łódź", "ǄEMAL", "İstanbul", "Straße",
                "O’Brien", "Sánchez-Pérez", "ŉ", "Œuvre", "ÞÓRSHÖFN", "Ångström", "ĳ", "Ǳ", "façade"}) {
            assertEquals(Folding.normalized(w), Folding.fold(w), w);
        }
    }

    @Test
    void everyPairOfLatinCharsFoldsAsTheDecompositionDoes() {
        StringBuilder chars = new StringBuilder("’");
        for (char c = 'A'; c < 0x250; c++) {
            chars.append(c);
        }
        String all = chars.toString();
        for (int i = 0; i < all.length(); i++) {
            for (int j = 0; j < all.length(); j++) {
                String s = "" + all.charAt(i) + all.charAt(j);
                assertEquals(Folding.normalized(s), Folding.fold(s), () -> "U+" + Integer.toHexString(s.charAt(0))
                        + " U+" + Integer.toHexString(s.charAt(1)));
            }
        }
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                s.append(all.charAt(random.nextInt(all.length())));
            }
            assertEquals(Folding.normalized(s.toString()), Folding.fold(s.toString()), s::toString);
        }
    }

    @Test
    void otherScriptsAndCombiningMarksStillDecompose() {
        for (String w : new String[] {"ΟΔΥΣΣΕΑΣ", "Москва", "e\u0301te\u0301", "I\u0307", "東京", "Ελλάδα", "Ἀθῆναι"}) {
            assertEquals(Folding.normalized(w), Folding.fold(w), w);
        }
        assertEquals("ete", Folding.fold("e\u0301te\u0301"));
        assertEquals("odysseas".length(), Folding.fold("ΟΔΥΣΣΕΑΣ").length());
    }
}
