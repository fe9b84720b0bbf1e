package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * The dead counted in different words ("the death toll rose to 412", "more than 600 people have died", "600 people
 * were killed", "600 dead", "murieron 600 personas", "600 Menschen getötet") are one count: an official toll and an
 * aid group's figure land in one group, a contradiction on one day and an update when the larger comes later.
 * First read (branch num18 from c7c24e8, 2026-12-03): 0 of 2 (people who died were counted as people, apart from
 * the toll).
 */
class DeathCountsOfDifferentWordsAreComparedTest {
    private static final LocalDate DAY = LocalDate.of(2034, 2, 9);
    private static final String TOLL = "The death toll from the earthquake in Valmora rose to 412, officials said.";

    private static List<Disagreement> deaths(StoryDossier d) {
        return d.disagreements().stream().filter(x -> x.unit().equals("deaths")).toList();
    }

    @Test
    void aTollAndPeopleWhoDiedOnOneDayAreAContradiction() {
        for (String other : List.of("More than 600 people have died, the Red Lantern aid group said.",
                "The Red Lantern aid group said 600 people were killed.",
                "The Red Lantern aid group counted 600 dead.",
                "Murieron 600 personas, según la ONG Linterna Roja.",
                "Nach Angaben der Hilfsorganisation Rote Laterne wurden 600 Menschen getötet.")) {
            StoryDossier d = dossier(plain("a", TOLL, DAY), plain("b", other, DAY));
            List<Disagreement> deaths = deaths(d);
            assertEquals(1, deaths.size(), other + " " + d.claims() + " " + d.disagreements());
            assertEquals("contradiction", deaths.get(0).kind(), other);
            assertEquals(2, deaths.get(0).values().size(), other);
        }
    }

    @Test
    void peopleWhoDiedCountedLaterThanTheTollAreAnUpdate() {
        StoryDossier d = dossier(plain("a", TOLL, DAY),
                plain("b", "More than 600 people have died in Valmora, the Red Lantern aid group said.", DAY.plusDays(2)));
        List<Disagreement> deaths = deaths(d);
        assertEquals(1, deaths.size(), d.claims() + " " + d.disagreements());
        assertEquals("update", deaths.get(0).kind());
    }
}
