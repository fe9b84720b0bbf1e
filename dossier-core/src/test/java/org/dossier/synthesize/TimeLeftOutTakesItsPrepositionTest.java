package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A statement that leaves its time expression out leaves out the preposition that led it too ("worked through the
 * night" gives "worked", never "worked through"; "during Friday", "throughout Sunday"), and an adverb leading that
 * preposition too ("detected it shortly after 3am" gives "detected it", never "detected it shortly").
 */
class TimeLeftOutTakesItsPrepositionTest {
    private static final LocalDate SAT = LocalDate.of(2030, 3, 16);

    private static String only(StoryDossier d) {
        assertEquals(1, d.timeline().size(), d.timeline().toString());
        return d.timeline().get(0).summary();
    }

    @Test
    void throughTheNightGoesWithTheNight() {
        String s = only(dossier(article("a", "Rescuers worked through the night and rescued 14 people from a collapsed"
                + " hotel.").time("the night", SAT, "day").meta("Herald", "t", SAT, SAT).build()));
        assertFalse(s.contains("through"), s);
        assertTrue(s.contains("rescued 14 people"), s);
    }

    @Test
    void duringADayGoesWithTheDay() {
        String s = only(dossier(article("a", "Soldiers evacuated 300 villagers during Friday as the river rose.")
                .time("Friday", SAT.minusDays(1), "day").meta("Herald", "t", SAT, SAT).build()));
        assertFalse(s.contains("during"), s);
        assertTrue(s.startsWith("Soldiers evacuated 300 villagers"), s);
    }

    @Test
    void throughoutADayGoesWithTheDay() {
        String s = only(dossier(article("a", "Crews rescued 9 climbers throughout Sunday on the north face.")
                .time("Sunday", SAT.plusDays(1), "day").meta("Herald", "t", SAT.plusDays(1), SAT.plusDays(1)).build()));
        assertFalse(s.contains("throughout"), s);
        assertTrue(s.contains("rescued 9 climbers"), s);
    }

    @Test
    void startingOrFromADayGoesWithTheDay() {
        String s = only(dossier(article("a", "Inspectors will visit the company's other dams in the region starting"
                + " Wednesday.").time("Wednesday", SAT.plusDays(4), "day").meta("Herald", "t", SAT, SAT).build()));
        assertFalse(s.endsWith("starting"), s);
        assertTrue(s.contains("other dams in the region"), s);
        String f = only(dossier(article("a", "Engineers will visit the other dams in the region from Monday.")
                .time("Monday", SAT.plusDays(2), "day").meta("Herald", "t", SAT, SAT).build()));
        assertFalse(f.endsWith("from"), f);
    }

    @Test
    void anAdverbLeadingTheTimesPrepositionGoesWithTheTime() {
        String s = only(dossier(article("a", "Varno Bank said it detected the intrusion shortly after 3am on Sunday and "
                + "shut down its servers as a precaution.").entity("Varno Bank", "ORGANIZATION")
                .time("3am on Sunday", SAT.plusDays(1), "day").meta("Herald", "t", SAT.plusDays(1), SAT.plusDays(1))
                .build()));
        assertFalse(s.contains("shortly"), s);
        assertTrue(s.contains("detected the intrusion and shut down"), s);
    }
}
