package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.dossier.resolve.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A labour strike (grève, Streik, huelga, strike, walkout) is an event of its own class, "strike", never an attack;
 * a strike a weapon makes ("air strike", "missile strike") stays an attack.
 */
class LabourStrikesAreNoAttacksTest {
    private static final LocalDate THU = LocalDate.of(2031, 3, 6);

    private static List<String> kinds(StoryDossier d) {
        return d.timeline().stream().map(TimelineEntry::kind).toList();
    }

    @Test
    void labourStrikesOfEveryLanguageAreStrikes() {
        for (String[] c : List.of(
                new String[] {"fr", "Les conducteurs des Transports Kessling ont fait grève jeudi."},
                new String[] {"de", "Die Fahrer der Verkehrsbetriebe Kessling streikten am Donnerstag."},
                new String[] {"es", "Los conductores de Transportes Kessling fueron a la huelga el jueves."})) {
            StoryDossier d = ModellessStory.in(c[0]).article("a", THU, c[1]).dossier();
            assertFalse(kinds(d).isEmpty(), c[1]);
            assertFalse(kinds(d).contains("attack"), c[1] + " " + d.timeline());
            assertEquals("strike", kinds(d).get(0), c[1] + " " + d.timeline());
        }
        for (String text : List.of("Drivers at Kessling Transit went on strike on Thursday.",
                "Drivers at Kessling Transit staged a walkout on Thursday.")) {
            assertEquals(List.of("strike"), kinds(english(text)), text);
        }
    }

    private static StoryDossier english(String text) {
        return StoryFixture.dossier(article("a", text).entity("Kessling Transit", "ORGANIZATION")
                .time("on Thursday", THU, "day").meta("outlet a", "t", THU, THU).build());
    }

    @Test
    void aStrikeAWeaponMakesIsAnAttack() {
        for (String text : List.of("An air strike hit a depot of Kessling Transit on Thursday.",
                "A missile strike destroyed a bus of Kessling Transit on Thursday.")) {
            StoryDossier d = english(text);
            assertEquals(List.of("attack"), kinds(d), text + " " + d.timeline());
        }
    }
}
