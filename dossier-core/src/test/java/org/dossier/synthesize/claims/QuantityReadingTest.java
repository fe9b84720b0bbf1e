package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityReadingTest {

    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0);
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void approximateCountKeepsUnitAndPlaceInSubject() {
        Quantity q = only("Moscow has massed about 100,000 troops near Ukraine's border in recent weeks.");
        assertEquals(100_000, q.value());
        assertEquals("troops", q.unit());
        assertEquals("troops near Ukraine's border", q.subject());
        assertEquals("about 100,000", q.label());
    }

    @Test
    void upperBoundAndSynonymousUnitShareTheUnitGroup() {
        Quantity q = only("Officials said up to 90,000 soldiers were stationed there.");
        assertEquals(90_000, q.value());
        assertEquals(90_000, q.high());
        assertNull(q.low());
        assertEquals("troops", q.unit());
    }

    @Test
    void vagueQuantityBecomesARange() {
        Quantity q = only("The drills involve tens of thousands of soldiers.");
        assertEquals("troops", q.unit());
        assertTrue(q.low() >= 10_000 && q.low() < q.high() && q.high() < 100_000, q.toString());
    }

    @Test
    void numberWordsAndOfPhraseGiveDurationSubject() {
        Quantity q = only("The delegations held eight hours of talks.");
        assertEquals(8, q.value());
        assertEquals("hours", q.unit());
        assertEquals("hours of talks", q.subject());
    }

    @Test
    void countedNounWithoutTableEntryIsLemmatised() {
        Quantity q = only("The alliance has 30 members and a secretariat.");
        assertEquals(30, q.value());
        assertEquals("members", q.unit());
        Quantity r = only("Inspectors counted 12 warships in the bay.");
        assertEquals("warship", r.unit());
        assertEquals("warships in the bay", r.subject());
    }

    @Test
    void yearsAndBareNumbersAreNotClaims() {
        assertTrue(QuantityParser.parse("The crisis of 2014 is not over.", 0).isEmpty());
        assertTrue(QuantityParser.parse("One of them left, and 5.", 0).isEmpty());
    }

    @Test
    void scaleWordsMultiply() {
        Quantity q = only("Aid worth $1.5 billion was promised.");
        assertEquals(1.5e9, q.value());
        assertEquals("dollars", q.unit());
    }

    @Test
    void subjectPhraseSkipsLinkingWordsAndStopsAtTimeExpressions() {
        Quantity q = only("Some 60,000 troops are stationed near the border.");
        assertEquals("troops near the border", q.subject());
        String text = "Two soldiers were killed on Monday after the blast.";
        int monday = text.indexOf("on Monday");
        List<Quantity> qs = QuantityParser.parse(text, 0, List.of(new int[] {monday, monday + 9}));
        assertEquals(1, qs.size());
        assertEquals("soldiers", qs.get(0).subject());
        assertEquals(2, qs.get(0).value());
    }

    @Test
    void countedNounBeforeTheNumberIsTheUnit() {
        Quantity q = only("Moscow deployed an army of about 100,000 near the border with Ukraine.");
        assertEquals(100_000, q.value());
        assertEquals("troops", q.unit());
        assertEquals("army near the border", q.subject());
    }

    @Test
    void subjectPhraseFollowsOfChains() {
        Quantity q = only("It moved up to 90,000 troops to the vicinity of the Ukrainian border.");
        assertTrue(q.context().containsAll(java.util.Set.of("vicin", "ukrai", "borde")), q.toString());
    }

    @Test
    void statedRangeSharesItsScaleWord() {
        Quantity q = QuantityParser.parse("Insurers estimate damage at between 180 and 250 million euros.", 0).get(0);
        assertEquals(180e6, q.low());
        assertEquals(250e6, q.high());
        assertEquals("euros", q.unit());
        assertEquals("180,000,000\u2013250,000,000", q.label());
    }

    @Test
    void sumOfMoneyTakesTheNounAfterItsCurrencyAsSubject() {
        Quantity q = QuantityParser.parse("They set up a \u20ac40 million emergency fund for families.", 0).get(0);
        assertEquals(40e6, q.value());
        assertEquals("euros", q.unit());
        assertEquals("emergency fund", q.subject());
        Quantity r = QuantityParser.parse("They agreed a 40 million euro fund.", 0).get(0);
        assertEquals("fund", r.subject());
        assertEquals("euros", r.unit());
    }
}
