package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MonthNamesTest {
    private static int inPlace(String word) {
        String s = "(" + word + ")";
        return MonthNames.month(s, 1, s.length() - 1);
    }

    @Test
    void wordsInPlaceGiveTheMonthOfTheirFoldedForm() {
        for (String w : new String[] {"January", "JANUARY", "jan", "Dezember", "März", "MÄRZ", "février", "Août",
                "septiembre", "Settembre", "mayor", "Marching", "o'clock", "x", "", "Aprilia", "décembre"}) {
            assertEquals(MonthNames.month(Folding.fold(w)), inPlace(w), w);
        }
    }

    @Test
    void wordsOfOtherScriptsGiveTheMonthOfTheirFoldedFormToo() {
        for (String w : new String[] {"марта", "Январь", "Μαρτίου", "ΜΆΙΟΣ", "三月", "مارس", "Ｍarch", "\u212Bugust",
                "\u212Aanuar", "ḾARCH", "Ạpril", "\u0301march", "🙂may"}) {
            assertEquals(MonthNames.month(Folding.fold(w)), inPlace(w), w);
        }
        assertEquals(8, inPlace("\u212Bugust"), "the angstrom sign decomposes to A: August");
        assertEquals(0, inPlace("марта"));
    }

    @Test
    void everyWordOfTheNewsTextsGivesTheMonthOfItsFoldedForm() throws java.io.IOException {
        java.nio.file.Path dev = java.nio.file.Path.of("../shared/bench/clustering/ecbplus_dev.jsonl");
        int words = 0;
        for (String line : java.nio.file.Files.readAllLines(dev)) {
            for (String w : line.split("[^\\p{L}\\p{M}'’-]+")) {
                if (!w.isEmpty() && w.length() <= MonthNames.LONGEST) {
                    assertEquals(MonthNames.month(Folding.fold(w)), inPlace(w), w);
                    words++;
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(words > 10_000);
    }

    @Test
    void monthNamesAreFoundAndOtherWordsAreNot() {
        assertEquals(1, inPlace("January"));
        assertEquals(3, inPlace("MÄRZ"));
        assertEquals(12, inPlace("décembre"));
        assertEquals(0, inPlace("Marching"));
        assertEquals(0, inPlace("mayor"));
    }
}
