package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare number that "the number of X" rose or came to counts X ("The number of customers affected has risen to
 * 31,000": 31,000 customers), in English and French ("le nombre de clients touchés atteint 31 000"); "number" with
 * no "of" phrase counts nothing.
 * First read (2026-12-04, an unseen ransomware story): "the number of patients whose data may have been stolen has
 * risen to 31,000" gave no figure.
 */
class NumberOfPhrasesCountTheirNounTest {
    private static List<Quantity> kept(String text) {
        return QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
    }

    @Test
    void aNumberTheNumberOfAPluralRoseToCountsThatPlural() {
        List<Quantity> qs = kept("The number of customers whose files were stolen has risen to 31,000, Varno Bank said.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(31_000d, qs.get(0).value(), qs.toString());
        assertEquals("customers", qs.get(0).subject(), qs.toString());
    }

    @Test
    void aFrenchNombreDePhraseCountsItsNounToo() {
        List<Quantity> qs = kept("Le nombre de clients touchés a atteint 31 000, selon la banque.");
        assertTrue(qs.stream().anyMatch(q -> q.value() == 31_000d && q.subject().equals("clients")), qs.toString());
    }

    @Test
    void numberWithNoOfPhraseCountsNothing() {
        List<Quantity> qs = kept("The hotline number was changed to 31,000 on Monday.");
        assertTrue(qs.stream().noneMatch(q -> "number".equals(q.subject()) || "of".equals(q.unit())), qs.toString());
    }
}
