package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NormaliseNumberTest {
    /** The rule as a regular expression: a separator before exactly three digits goes, a decimal comma is a point. */
    private static String byRegex(String s) {
        return s.replaceAll("[.,](?=\\d{3}(?:\\D|$))", "").replace(',', '.');
    }

    @Test
    void thousandsSeparatorsGoAndDecimalCommasBecomePoints() {
        assertEquals("12500", NumberDateKeys.normaliseNumber("12.500"));
        assertEquals("1000000", NumberDateKeys.normaliseNumber("1,000,000"));
        assertEquals("3.5", NumberDateKeys.normaliseNumber("3,5"));
        assertEquals("2500.75", NumberDateKeys.normaliseNumber("2.500,75"));
        assertEquals("1.2345", NumberDateKeys.normaliseNumber("1.2345"));
        assertEquals("42", NumberDateKeys.normaliseNumber("42"));
    }

    @Test
    void scanAgreesWithTheRegularExpressionOnRandomNumbers() {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "0123456789.,";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int i = 0; i < len; i++) {
                s.append(alphabet.charAt(random.nextInt(random.nextInt(3) == 0 ? alphabet.length() : 10)));
            }
            assertEquals(byRegex(s.toString()), NumberDateKeys.normaliseNumber(s.toString()), s.toString());
        }
    }
}
