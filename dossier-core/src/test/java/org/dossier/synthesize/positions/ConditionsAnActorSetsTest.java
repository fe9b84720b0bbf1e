package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A condition an actor sets for its own action ("would free the hostages only if the army left the valley",
 * "threatened to walk out unless …", {@code conditions.txt} en/fr/es/de) is that actor's demand, whatever negation
 * stands before it; a plain "if" is a hypothesis and sets none; "would accept nothing less than X" demands X. First
 * read (branch pos20 from e84f220, 2026-12-03): no condition was a demand, and "accept nothing less than" accepted.
 */
class ConditionsAnActorSetsTest {
    private static final LocalDate DAY = LocalDate.of(2036, 5, 14);

    private static List<Position> read(String text, String language) {
        return PositionFixture.positions(article("a", text).entity("Harrow Front", "ORGANIZATION")
                .person("Ines Quarle"), language, DAY);
    }

    @Test
    void onlyIfAfterTheActorsOwnActionIsItsDemand() {
        List<Position> ps = read("The Harrow Front said it would free the remaining hostages only if the army left "
                + "the Dunmere valley.", "en");
        assertTrue(has(ps, "Harrow Front", "demands", "army left the Dunmere valley"), ps.toString());
    }

    @Test
    void unlessAfterAThreatIsADemandBesideTheThreat() {
        List<Position> ps = read("The Harrow Front threatened to walk out of the talks unless the government halted "
                + "air strikes.", "en");
        assertTrue(has(ps, "Harrow Front", "demands", "government halted air strikes"), ps.toString());
        assertTrue(has(ps, "Harrow Front", "threatens", "walk out of the talks"), ps.toString());
    }

    @Test
    void aNegationBeforeTheConditionKeepsTheDemand() {
        List<Position> ps = read("Ines Quarle will not sign the truce unless the army leaves the Dunmere valley.", "en");
        assertTrue(has(ps, "Ines Quarle", "demands", "army leaves the Dunmere valley"), ps.toString());
    }

    @Test
    void noDealWithoutSomethingDemandsIt() {
        for (String noun : List.of("deal", "ceasefire")) {
            List<Position> ps = read("The Harrow Front said there could be no " + noun + " without a full withdrawal "
                    + "of troops.", "en");
            assertTrue(has(ps, "Harrow Front", "demands", "full withdrawal of troops"), noun + ": " + ps);
        }
    }

    @Test
    void aPlainIfSetsNoDemand() {
        List<Position> ps = read("The Harrow Front will sign the truce if the army leaves the Dunmere valley.", "en");
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")), ps.toString());
    }

    @Test
    void acceptingNothingLessIsADemand() {
        for (String verb : List.of("would accept nothing less than", "will settle for nothing less than")) {
            List<Position> ps = read("Ines Quarle said she " + verb + " the return of every hostage.", "en");
            assertTrue(has(ps, "Ines Quarle", "demands", "return of every hostage"), verb + ": " + ps);
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("accepts")), verb + ": " + ps);
        }
    }

    @Test
    void frenchSpanishAndGermanConditionsAreDemands() {
        List<Position> fr = read("Le Harrow Front libérera les otages seulement si l'armée quitte la vallée.", "fr");
        assertTrue(has(fr, "Harrow Front", "demands", "armée quitte la vallée"), fr.toString());
        List<Position> es = read("El Harrow Front amenazó con abandonar las conversaciones a menos que el gobierno "
                + "detenga los bombardeos.", "es");
        assertTrue(has(es, "Harrow Front", "demands", "gobierno detenga los bombardeos"), es.toString());
        List<Position> de = read("Die Harrow Front will die Geiseln nicht freilassen, es sei denn, die Armee verlässt "
                + "das Tal.", "de");
        assertTrue(has(de, "Harrow Front", "demands", "Armee verlässt das Tal"), de.toString());
    }
}
