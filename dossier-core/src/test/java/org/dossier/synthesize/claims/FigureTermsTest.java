package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The terms a figure is stated on beyond a side's ask and offer: a forecast or valuation ("expect", "is worth",
 * "estimons", "vaut") and, for a sum of money only, a market price ("closed at", "jumped to").
 */
class FigureTermsTest {
    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void anExpectedPriceIsAnEstimate() {
        assertEquals("estimate", only("Analysts expect a final price near 50 euros.").terms());
    }

    @Test
    void whatACompanyIsWorthIsAnEstimate() {
        assertEquals("estimate", only("Its chief executive said Brisson is worth at least 52 euros a share.").terms());
    }

    @Test
    void aFrenchValuationIsAnEstimate() {
        assertEquals("estimate", only("Nous estimons que Brisson vaut au moins 52 euros par action.").terms());
    }

    @Test
    void aFrenchOfferIsOffered() {
        assertEquals("offered", only("Le groupe Tarvel a lancé une offre de 40 euros par action sur Brisson.").terms());
    }

    @Test
    void aClosingSharePriceIsAMarketPrice() {
        assertEquals("market", only("Brisson shares closed at 38.20 euros in Lyon trading.").terms());
    }

    @Test
    void aWordOfTheMarketPricesOnlyMoney() {
        assertNull(only("The death toll in Varsk jumped to 120 people on Tuesday.").terms());
    }
}
