package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * Figures of a negotiation as an analyst reads them: what one side asks for and what the other offers are two
 * figures, not outlets disagreeing; a cost per day is no total; an offer raised later is an update of the offer.
 */
class NegotiatedFiguresTest {
    private static final LocalDate MON = LocalDate.of(2032, 10, 4);

    @Test
    void aPercentAskedAndAPercentOfferedAreNoContradiction() {
        StoryDossier d = dossier(
                plain("a", "Management has offered the cabin crew a 4 percent pay rise over three years.", MON),
                plain("b", "The cabin crew union is demanding a 9 percent pay rise, its spokeswoman said.", MON));
        assertTrue(d.disagreements().isEmpty(), d.disagreements().toString());
        assertEquals(2, d.claims().size(), d.claims().toString());
    }

    @Test
    void aFigureStatedOnNoTermsJoinsTheSideThatGivesTheSameFigure() {
        StoryDossier d = dossier(
                plain("a", "The hospital trust offered nurses a 5 percent pay rise on Monday.", MON),
                plain("b", "The nurses' union is asking for a 11 percent pay rise.", MON),
                plain("c", "A 11 percent pay rise would cost the trust 90 million pounds, its finance director said.",
                        MON.plusDays(1)));
        assertTrue(d.disagreements().stream().noneMatch(x -> x.unit().equals("percent")), d.disagreements().toString());
    }

    @Test
    void aCostPerDayIsNoTotal() {
        StoryDossier d = dossier(
                plain("a", "The walkout costs the airline about 30 million dollars a day, analysts estimate.", MON),
                plain("b", "The three-day walkout cost the airline 95 million dollars, the company said.",
                        MON.plusDays(4)));
        assertTrue(d.disagreements().isEmpty(), d.disagreements().toString());
    }

    @Test
    void anOfferRaisedLaterIsAnUpdateOfTheOffer() {
        StoryDossier d = dossier(
                plain("a", "The city council offered bus drivers a 3 percent pay rise.", MON),
                plain("b", "The city council raised its offer to a 5 percent pay rise on Friday.", MON.plusDays(4)));
        assertEquals(1, d.disagreements().size(), d.claims() + " " + d.disagreements());
        assertEquals("update", d.disagreements().get(0).kind());
    }
}
