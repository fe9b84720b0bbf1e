package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Numbers and days written the French way give the same keys as the English and German ways. */
class NumbersAndDaysAcrossLanguagesTest {
    private static Map<String, Integer> keys(String text) {
        return KeyFeatures.of(null, text).counts();
    }

    @Test
    void aDigitGroupSpaceIsAThousandsSeparator() {
        assertTrue(keys("Environ 3 000 mètres et 12 500 habitants.").containsKey("n:3000"));
        assertTrue(keys("Environ 3\u202F000 mètres et 12\u00A0500 habitants.").containsKey("n:12500"));
        assertEquals(keys("About 3,000 metres.").keySet(), keys("Environ 3 000 mètres.").keySet().stream()
                .filter(k -> !k.startsWith("e:")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aSpaceBeforeAYearOrALongerNumberJoinsNothing() {
        Map<String, Integer> k = keys("Le 3 mars 2025, 14 morts et 1234 blessés.");
        assertTrue(k.containsKey("y:2025") && k.containsKey("d:03-03") && k.containsKey("n:14")
                && k.containsKey("n:1234"), k.toString());
    }

    @Test
    void frenchFirstOfTheMonthIsADay() {
        assertTrue(keys("Elle prendra ses fonctions le 1er avril.").containsKey("d:04-01"));
        assertTrue(keys("She will take office on 1 April.").containsKey("d:04-01"));
    }
}
