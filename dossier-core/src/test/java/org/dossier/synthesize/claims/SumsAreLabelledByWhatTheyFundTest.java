package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sum of money is labelled by what it is the sum of, whether that noun stands after it ("a 300 million euro
 * reconstruction fund") or before it, joined by "of" ("a reconstruction fund of 300 million euros", "un fondo de
 * reconstrucción de 300 millones de euros", "un fonds de reconstruction de 300 millions d'euros", "ein
 * Wiederaufbaufonds von 300 Millionen Euro"); a word naming only an amount ("a total of") is no label. First read
 * (branch num18 from c7c24e8, 2026-12-03): 1 of 3 (the sum after the fund was labelled "euros" and "millones de
 * euros", "millions d'euros", "Millionen Euro").
 */
class SumsAreLabelledByWhatTheyFundTest {
    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
        assertEquals(1, qs.size(), text + " " + qs);
        return qs.get(0);
    }

    @Test
    void aSumAfterTheNounItFundsIsLabelledByThatNoun() {
        assertEquals("reconstruction fund", only("Brennport announced a reconstruction fund of 300 million euros.").subject());
        assertEquals("fondo de reconstrucción", only("El gobierno anunció un fondo de reconstrucción de 300 millones "
                + "de euros y acusó al alcalde de negligencia.").subject());
        assertEquals("fonds de reconstruction", only("Le gouvernement a annoncé un fonds de reconstruction de 300 "
                + "millions d'euros pour Brévanne.").subject());
        assertEquals("Wiederaufbaufonds", only("Die Regierung kündigte einen Wiederaufbaufonds von 300 Millionen Euro an.")
                .subject());
        assertEquals("Fonds", only("Kelsdorf erhält einen Fonds in Höhe von 300 Millionen Euro.").subject());
        assertEquals("relief package", only("Varnia approved a relief package of more than $40 million.").subject());
    }

    @Test
    void aSumBeforeTheNounItFundsIsLabelledByThatNoun() {
        assertEquals("reconstruction fund", only("Brennport announced a 300 million euro reconstruction fund.").subject());
        assertEquals("reconstruction fund", only("Brennport announced a €300 million reconstruction fund.").subject());
    }

    @Test
    void aWordNamingOnlyAnAmountIsNoLabel() {
        assertEquals("euros", only("Brennport has spent a total of 300 million euros.").subject());
        assertEquals("euros", only("Valdoria pagó una suma de 300 millones de euros.").unit());
        assertEquals("euros", only("Valdoria pagó una suma de 300 millones de euros.").subject());
    }
}
