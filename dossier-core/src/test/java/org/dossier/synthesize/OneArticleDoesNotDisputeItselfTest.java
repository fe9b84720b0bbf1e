package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * One article giving two figures of one unit, in sentences of their own and with no two sources named for them,
 * counts two things (the size of a rate rise, the rise a minority preferred, a bond yield's move): they are no
 * disagreement of outlets. Two articles giving them, or one article naming two sources, still disagree. First read:
 * the one-article cases each gave a contradiction.
 */
class OneArticleDoesNotDisputeItselfTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 8);

    @Test
    void aRiseAndTheRiseAMinorityPreferredAreNoContradiction() {
        StoryDossier d = dossier(plain("a", "The Bank of Torvania raised its key rate by 50 basis points on Thursday."
                + " Two of the nine board members had argued for 25 basis points. The ten-year yield rose 12 basis points.",
                DAY));
        assertTrue(d.disagreements().isEmpty(), d.claims() + " " + d.disagreements());
    }

    @Test
    void germanAnEstimateAndABorrowersOwnFigureAreNoContradiction() {
        StoryDossier d = dossier(plain("a", "Die monatliche Rate steigt um etwa 60 Euro. Ein Kreditnehmer aus Morsbach"
                + " sagte, er zahle nun 75 Euro mehr.", DAY));
        assertTrue(d.disagreements().isEmpty(), d.claims() + " " + d.disagreements());
    }

    @Test
    void twoArticlesGivingTwoSizesOfTheRiseStillDisagree() {
        StoryDossier d = dossier(plain("a", "The Bank of Torvania raised its key rate by 50 basis points on Thursday.",
                DAY), plain("b", "The Bank of Torvania raised its key rate by 25 basis points on Thursday.", DAY));
        assertEquals(1, d.disagreements().size(), d.claims() + " " + d.disagreements());
    }
}
