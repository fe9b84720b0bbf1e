package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * Tolls as an analyst follows them: a bare number whose clause names what it counts ("the death toll rose to 58"),
 * people counted by a casualty verb, the dead counted alike in several languages, and a toll rising over days read
 * as an update; a time after an event ("50 hours after") is no figure in any language.
 */
class CountedTollsTest {
    private static final LocalDate DAY = LocalDate.of(2033, 4, 5);

    @Test
    void aBareNumberAfterATollInItsClauseCountsTheDead() {
        StoryDossier d = dossier(plain("a", "The death toll from the floods in Marrow valley rose to 58 on Friday, officials said.", DAY));
        assertEquals(1, d.claims().size(), d.claims().toString());
        Claim c = d.claims().get(0);
        assertEquals("deaths", c.unit());
        assertEquals(58.0, c.value());
        assertTrue(c.subject().contains("death toll"), c.subject());
    }

    @Test
    void aNumberWithNoTollBeforeItStaysNoClaim() {
        StoryDossier d = dossier(plain("a", "The river rose to 58 on Friday, officials said.", DAY));
        assertTrue(d.claims().isEmpty(), d.claims().toString());
    }

    @Test
    void peopleKilledOrInjuredAreCountsOfTheDeadAndTheInjured() {
        StoryDossier d = dossier(plain("a", "The landslide hit Brenna, killing at least 12 people. "
                + "More than 300 people were injured, the mayor said.", DAY));
        assertEquals(List.of("deaths", "injured"), d.claims().stream().map(Claim::unit).toList(), d.claims().toString());
    }

    @Test
    void aTollRisingOverDaysInSeveralLanguagesIsOneUpdate() {
        StoryDossier d = dossier(plain("a", "The landslide hit Brenna, killing at least 12 people, the mayor said.", DAY),
                plain("b", "Le bilan du glissement de terrain de Brenna s'est alourdi à 31 morts, selon la mairie.", DAY.plusDays(2)),
                plain("c", "Rescuers ended the search in Brenna with the death toll at 44, the mayor said.", DAY.plusDays(4)));
        List<Disagreement> deaths = d.disagreements().stream().filter(x -> x.unit().equals("deaths")).toList();
        assertEquals(1, deaths.size(), d.claims() + " " + d.disagreements());
        assertEquals("update", deaths.get(0).kind(), deaths.get(0).toString());
        assertEquals(3, deaths.get(0).values().size(), deaths.get(0).toString());
    }

    @Test
    void aTimeAfterAnEventIsNoFigureInAnyLanguage() {
        StoryDossier d = dossier(plain("a", "Rescuers pulled a boy alive from the rubble 50 hours after the collapse.", DAY),
                plain("b", "Les secours ont retrouvé une fillette vivante plus de 60 heures après le séisme.", DAY),
                plain("c", "Die Helfer fanden das Kind 70 Stunden nach dem Beben.", DAY),
                plain("d", "Los rescatistas hallaron a la niña 80 horas después del terremoto.", DAY));
        assertTrue(d.claims().isEmpty(), d.claims().toString());
    }

    @Test
    void hoursOfTalksStayAFigure() {
        StoryDossier d = dossier(plain("a", "The delegations held eight hours of talks in Varna.", DAY),
                plain("b", "The ceasefire began 12 hours after the talks.", DAY));
        assertEquals(List.of("hours"), d.claims().stream().map(Claim::unit).toList(), d.claims().toString());
    }
}
