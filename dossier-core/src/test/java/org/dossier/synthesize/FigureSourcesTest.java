package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.junit.jupiter.api.Test;

/**
 * Whose a figure is when its own words say it: the possessor of "X's estimate of N" (a speaker who disputes it is
 * no source of it), the subject of "X put the leak at N" / "estimated the damage at N" (in French, Spanish and
 * German too), never what a phrase after "citing" names. First read (branch num20 from 906b601, 2026-12-03): 1 of
 * 5, the speaker kept where no possessor is (else the disputing speaker, "satellite images" or no source were given).
 */
class FigureSourcesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 6);

    private static Claim only(String text) {
        StoryDossier d = dossier(plain("a", text, DAY));
        assertEquals(1, d.claims().size(), d.claims().toString());
        return d.claims().get(0);
    }

    @Test
    void aPossessedEstimateIsItsPossessorsNotTheDisputingSpeakers() {
        assertEquals("the coast guard", only("Veldt Marine chief executive Ona Marsk told the Herald that the coast "
                + "guard's estimate of 90 tonnes was \"not based on measurements\".").source());
        assertEquals("the ministry", only("Opposition leader Tamsin Rook said the ministry's figure of 45 million euros "
                + "was far too low.").source());
        assertEquals("Seawatch", only("Harbour master Ilse Brandvik dismissed Seawatch's estimate of 250 tonnes, the "
                + "Courier reported.").source());
    }

    @Test
    void aFigureWithoutAPossessorKeepsTheSpeaker() {
        assertEquals("Veldt Marine chief executive Ona Marsk", only("Veldt Marine chief executive Ona Marsk told the "
                + "Herald that 90 tonnes of fuel had leaked.").source());
    }

    @Test
    void theSubjectOfPuttingAFigureOnSomethingIsItsSource() {
        assertEquals("Seawatch", only("Seawatch put the leak at 250 tonnes on Wednesday, citing satellite images.").source());
        assertEquals("the Marden Institute", only("The Marden Institute estimated the damage at 45 million euros, citing "
                + "insurance records.").source());
        assertEquals("the port authority", only("Officials said the port authority had put the spill at 80 tonnes.")
                .source());
    }

    @Test
    void theSubjectOfPuttingAFigureOnSomethingIsItsSourceInOtherLanguages() {
        assertEquals("Veillemer", only("Veillemer a évalué la fuite à 250 tonnes, en citant des images satellites.")
                .source());
        assertEquals("Marvigía", only("Marvigía cifró el vertido en 250 toneladas.").source());
        assertEquals("Seewacht", only("Seewacht bezifferte das Leck auf 250 Tonnen.").source());
    }

    @Test
    void whatASourceCitesIsNeverTheSource() {
        assertEquals("the Courier", only("About 250 tonnes had leaked by Wednesday, the Courier reported, citing "
                + "satellite images.").source());
        assertNull(only("About 250 tonnes had leaked by Wednesday, citing satellite images.").source());
    }
}
