package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * The steps or parts of a figure an article names right after it (in its sentence or the next) are no other values
 * of it: a pay deal's July step, the first tranche of a fund. They are told apart by a word naming parts ("in two
 * steps", "en deux tranches", "davon") or by adding up to the figure. First read (before ClaimParts): the four
 * part cases each gave a contradiction; the control gave one before and after.
 */
class PartsOfAFigureAreNoAlternativesTest {
    private static final LocalDate DAY = LocalDate.of(2033, 6, 9);

    @Test
    void stepsThatAddUpToTheDealAreNoContradiction() {
        StoryDossier d = dossier(plain("a", "The Halbrook council and the nurses' union agreed on a 4.8% pay rise over"
                + " two years. Nurses will get a 2.6% rise in July and a further 2.2% next February.", DAY));
        assertTrue(d.disagreements().isEmpty(), d.claims() + " " + d.disagreements());
    }

    @Test
    void aStepAfterAWordNamingStepsIsNoContradiction() {
        StoryDossier d = dossier(plain("a", "The Halbrook council and the nurses' union agreed on a 4.8% pay rise on"
                + " Monday, in two steps. Nurses get a 2.5% rise in May and the rest next year.", DAY));
        assertTrue(d.disagreements().isEmpty(), d.claims() + " " + d.disagreements());
    }

    @Test
    void aSmallerFigureNamedAsNoPartIsStillCompared() {
        StoryDossier d = dossier(plain("a", "The Halbrook council and the nurses' union agreed on a 4.8% pay rise on"
                + " Monday.", DAY), plain("b", "Nurses in Halbrook will get a 2.6% pay rise in July, the union said.", DAY));
        assertEquals(1, d.disagreements().size(), d.claims() + " " + d.disagreements());
    }

    @Test
    void frenchTranchesOfAFundAreNoContradiction() {
        StoryDossier d = dossier(plain("a", "La région de Vauclerc a débloqué une enveloppe de 90 millions d'euros,"
                + " versée en deux tranches. Une première tranche de 50 millions d'euros arrive en mars.", DAY));
        assertTrue(d.disagreements().isEmpty(), d.claims() + " " + d.disagreements());
    }

    @Test
    void germanDavonOpeningTheNextSentenceNamesAPart() {
        StoryDossier d = dossier(plain("a", "Das Land Wetterau stellt einen Hilfsfonds von 90 Millionen Euro bereit."
                + " Davon gehen 50 Millionen Euro an die Landwirte.", DAY));
        assertTrue(d.disagreements().isEmpty(), d.claims() + " " + d.disagreements());
    }
}
