package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A dam, bridge or roof that "gave way" on a day is an event of that day ({@code context-triggers.txt}: "gave" with
 * "way" after it), told by its own clause, not by the later day on which the police reported its toll. First read
 * (branch unseen21 from dc2795ea): the only entry was of Sunday and opened "Four days of heavy rain".
 */
class StructureGivingWayTest {
    private static final LocalDate SAT = LocalDate.of(2031, 11, 15);
    private static final LocalDate SUN = SAT.plusDays(1);

    @Test
    void aDamThatGaveWayOnADayIsAnEventOfThatDay() {
        StoryDossier d = dossier(article("a", "An earthen dam on the Kessel River gave way late Saturday night after"
                + " four days of heavy rain, sending a wall of water through the village, police said on Sunday.")
                .entity("Kessel River", "LOCATION").time("late Saturday night", SAT, "day").time("on Sunday", SUN, "day")
                .meta("Valley Courier", "t", SUN, SUN).build());
        List<TimelineEntry> saturday = d.timeline().stream().filter(e -> SAT.equals(e.date())).toList();
        assertEquals(1, saturday.size(), d.timeline().toString());
        assertTrue(saturday.get(0).summary().startsWith("An earthen dam on the Kessel River gave way"),
                saturday.get(0).summary());
    }

    @Test
    void givingSomethingAwayIsNoCollapse() {
        StoryDossier d = dossier(article("a", "The mayor gave a speech on Saturday about the new bridge.")
                .time("on Saturday", SAT, "day").meta("Valley Courier", "t", SUN, SUN).build());
        assertTrue(d.timeline().stream().noneMatch(e -> "breakdown".equals(e.kind())), d.timeline().toString());
    }
}
