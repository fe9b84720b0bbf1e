package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * A takeover's prices as an analyst reads them: the bid per share, the price the shares trade at, a forecast of
 * the final price and the target's own valuation are different things, never outlets disagreeing; a bid raised
 * later is an update of the bid. First read (before the estimate and market terms): each gave a contradiction.
 */
class ForecastsAndMarketPricesAreOtherTermsTest {
    private static final LocalDate MON = LocalDate.of(2033, 9, 5);

    private static List<Disagreement> euros(StoryDossier d) {
        return d.disagreements().stream().filter(x -> x.unit().equals("euros")).toList();
    }

    @Test
    void aBidTheMarketPriceAndAForecastAreNoContradiction() {
        StoryDossier d = dossier(
                plain("a", "Tarvel Group launched a hostile offer of 40 euros per share for Brisson on Monday.", MON),
                plain("b", "Brisson shares jumped 20% to 38.20 euros in Lyon trading.", MON),
                plain("c", "Analysts expect a final price near 50 euros, or a retreat.", MON.plusDays(4)));
        assertTrue(euros(d).isEmpty(), d.claims() + " " + d.disagreements());
    }

    @Test
    void aValuationIsNoValueOfTheBidAndTheRaisedBidIsAnUpdate() {
        StoryDossier d = dossier(
                plain("a", "Tarvel Group launched a hostile offer of 40 euros per share for Brisson.", MON),
                plain("b", "Brisson's chief executive said the company is worth at least 52 euros a share.",
                        MON.plusDays(2)),
                plain("c", "Tarvel raised its offer for Brisson to 46 euros per share on Tuesday.", MON.plusDays(8)));
        List<Disagreement> x = euros(d);
        assertEquals(1, x.size(), d.claims() + " " + d.disagreements());
        assertEquals("update", x.get(0).kind());
        assertEquals(List.of("40", "46"), x.get(0).values().stream().map(Disagreement.Value::value).toList());
    }

    @Test
    void aFrenchOfferAndValuationReadTheSame() {
        StoryDossier d = dossier(
                plain("a", "Le groupe Tarvel a lancé une offre de 40 euros par action sur Brisson.", MON),
                plain("b", "Nous estimons que Brisson vaut au moins 52 euros par action, a dit sa directrice.",
                        MON.plusDays(2)),
                plain("c", "Tarvel raised its offer for Brisson to 46 euros per share on Tuesday.", MON.plusDays(8)));
        List<Disagreement> x = euros(d);
        assertEquals(1, x.size(), d.claims() + " " + d.disagreements());
        assertEquals("update", x.get(0).kind());
    }
}
