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
 * What attack and kidnapping stories report as happenings: a group claiming responsibility on a day
 * ({@code event-triggers.txt}) and a demand of a ransom or payment ({@code stance-events.txt} actions).
 */
class ClaimsOfResponsibilityAndRansomDemandsAreEventsTest {
    private static final LocalDate MON = LocalDate.of(2029, 5, 7);
    private static final LocalDate WED = MON.plusDays(2);

    @Test
    void aClaimOfResponsibilityOnADayIsAnEventOfThatDay() {
        StoryDossier d = dossier(article("a", "The Red Hand Brigade claimed responsibility for the pipeline blast on"
                + " Monday on its website.").entity("Red Hand Brigade", "ORGANIZATION")
                .time("on Monday", MON, "day").meta("Vale Herald", "t", WED, WED).build());
        List<TimelineEntry> t = d.timeline();
        assertTrue(t.stream().anyMatch(e -> MON.equals(e.date()) && e.summary().contains("claimed responsibility")),
                t.toString());
    }

    @Test
    void aRansomDemandIsADemandEvent() {
        StoryDossier d = dossier(article("a", "The Grey Wolves gang demanded a ransom of two million dollars for"
                + " the engineer's release.").entity("Grey Wolves", "ORGANIZATION").meta("Vale Herald", "t", WED, WED).build());
        List<TimelineEntry> t = d.timeline();
        assertTrue(t.stream().anyMatch(e -> StanceEvents.KIND.equals(e.kind()) && e.summary().contains("ransom")),
                t.toString());
        assertEquals(WED, t.stream().filter(e -> StanceEvents.KIND.equals(e.kind())).findFirst().orElseThrow().date());
    }
}
