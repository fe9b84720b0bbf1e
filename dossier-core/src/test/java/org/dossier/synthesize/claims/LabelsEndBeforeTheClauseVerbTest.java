package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The label of a counted noun phrase ends before the verb of its clause, also a verb written in neither -ed nor -ing
 * ("2,400 tonnes of crude oil sank off Varnholm" is "tonnes of crude oil"). First read (branch num20 from 906b601,
 * 2026-12-03): 0 of 2 (the labels ran on into the verb: "tonnes of crude oil sank").
 */
class LabelsEndBeforeTheClauseVerbTest {
    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
        assertEquals(1, qs.size(), text + " " + qs);
        return qs.get(0);
    }

    @Test
    void anIrregularPastVerbEndsTheLabel() {
        assertEquals("tonnes of crude oil", only("A barge with 2,400 tonnes of crude oil sank off Varnholm.").subject());
        assertEquals("tonnes of grain", only("A freighter with 1,200 tonnes of grain ran onto a sandbank near Tessary.")
                .subject());
        assertEquals("barrels of diesel", only("Some 3,000 barrels of diesel fell into the bay at Orlin.").subject());
        assertEquals("tonnes of scrap metal", only("Almost 900 tonnes of scrap metal broke loose in the storm.").subject());
    }

    @Test
    void aPresentVerbEndsTheLabel() {
        assertEquals("tonnes of coal", only("About 5,000 tonnes of coal remain in the hold of the Marisol.").subject());
        assertEquals("tonnes of fuel", only("Some 700 tonnes of fuel lies in the wreck off Kestrel Point.").subject());
    }
}
