package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * People counted by a weak noun alone ("people", "residents": {@code weak-nouns.txt}) say what they count only by the
 * act governing them, so such a count is compared only with one of the same act, or with one that says none when
 * it says none either: a count of people housed is no figure of people the sentence says nothing more of
 * ({@link org.dossier.synthesize.claims.Claims}). First read (branch posnum23 from 9c3e0bd0): "40 people" with no act
 * and "60 people" housed were one contradiction.
 */
class BarePeopleCountsLinkOnlyByTheirActTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    @Test
    void aCountWithAnActIsNoFigureOfACountWithout() {
        StoryDossier d = dossier(
                plain("a", "Officials said 40 people in Marlow had been affected by the flood on Tuesday.", DAY),
                plain("b", "The Red Cross said it was housing about 60 people at the Marlow gym on Tuesday.", DAY));
        assertEquals(List.of(), d.disagreements(), d.claims().toString());
    }

    @Test
    void countsOfTheSameActAreStillCompared() {
        StoryDossier d = dossier(
                plain("a", "The Red Cross said it was housing 40 people at the Marlow gym on Tuesday.", DAY),
                plain("b", "The Red Cross said it was housing about 60 people at the Marlow gym on Tuesday.", DAY));
        assertFalse(d.disagreements().isEmpty(), d.claims().toString());
    }

    @Test
    void countsWithoutAnyActAreStillCompared() {
        StoryDossier d = dossier(
                plain("a", "Officials said 40 people in Marlow had been affected by the flood on Tuesday.", DAY),
                plain("b", "Officials said about 60 people in Marlow had been affected by the flood on Tuesday.", DAY));
        List<Disagreement> x = d.disagreements();
        assertFalse(x.isEmpty(), d.claims().toString());
    }
}
