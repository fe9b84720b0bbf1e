package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scale letter glued to the digits of a sum ("$4.5m", "£3.5m", "€20k") multiplies it and is no label; the same
 * letter after digits with no currency sign ("a 100m sprint") is no scale.
 * First read (2026-12-04, an unseen ransomware story): "$4.5m" was 4.5 dollars labelled "m".
 */
class ScaleLettersAfterACurrencySignTest {
    private static List<Quantity> kept(String text) {
        return QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
    }

    @Test
    void aScaleLetterAfterTheDigitsOfASumMultipliesIt() {
        List<Quantity> qs = kept("The gang is demanding $4.5m (£3.5m) from Varno Bank.");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals(4_500_000d, qs.get(0).value(), qs.toString());
        assertEquals("dollars", qs.get(0).subject(), qs.toString());
        assertEquals(3_500_000d, qs.get(1).value(), qs.toString());
        assertEquals("pounds", qs.get(1).unit(), qs.toString());
        assertEquals(20_000d, kept("Kestria paid a fine of €20k last year.").get(0).value());
    }

    @Test
    void aScaleLetterWithNoCurrencySignIsNoScale() {
        List<Quantity> qs = kept("The council will build a 100m sea wall at Orvik.");
        assertEquals(List.of(), qs.stream().filter(q -> q.value() >= 1_000_000d).toList(), qs.toString());
    }
}
