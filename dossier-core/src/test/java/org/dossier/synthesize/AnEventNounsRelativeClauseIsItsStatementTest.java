package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * An event noun whose relative clause holds its time ("a wildfire that broke out on Sunday", "the storm that hit
 * Belmark on Thursday") is stated by its noun phrase and that clause ("A fast-moving wildfire broke out"), not by the
 * bare noun ("Wildfire"), which says nothing of what happened; the main clause stays its own day's entry.
 */
class AnEventNounsRelativeClauseIsItsStatementTest {
    private static final LocalDate SUN = LocalDate.of(2030, 3, 10);
    private static final LocalDate MON = SUN.plusDays(1);

    private static boolean on(StoryDossier d, LocalDate day, String summary) {
        return d.timeline().stream().anyMatch(t -> t.date().equals(day) && t.summary().equals(summary));
    }

    @Test
    void aWildfireThatBrokeOutOnADayIsStatedAsBreakingOut() {
        StoryDossier d = dossier(article("a", "A fast-moving wildfire that broke out on Sunday afternoon in the hills"
                + " east of Tarrow had burned 3,000 acres by Monday night, officials said.")
                .entity("Tarrow", "LOCATION").time("Sunday afternoon", SUN, "day").time("by Monday night", MON, "day")
                .meta("Herald", "t", MON, MON).build());
        assertTrue(on(d, SUN, "A fast-moving wildfire broke out"), d.timeline().toString());
    }

    @Test
    void aStormThatHitAPlaceIsStatedWithThePlace() {
        StoryDossier d = dossier(article("a", "The number of dead from the storm that hit southern Belmark on Sunday"
                + " rose to 57, Health Minister Oda Renn said on Monday.").entity("Belmark", "LOCATION")
                .person("Oda Renn").time("Sunday", SUN, "day").time("on Monday", MON, "day")
                .meta("Herald", "t", MON, MON).build());
        assertTrue(on(d, SUN, "The storm hit southern Belmark"), d.timeline().toString());
    }
}
