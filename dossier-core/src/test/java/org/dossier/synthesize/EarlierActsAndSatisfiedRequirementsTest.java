package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A statement whose only time dates an earlier act in what was said ("said the crew had gone into the tunnel
 * overnight") is an entry of that act's time, no longer dropped (a state or passive, "had been inspected in June",
 * stays none: {@link EarlierActsInAStatementTest}); "met every requirement" satisfies, no meeting
 * ({@code no-event-objects.txt}). First read (branch times23 from 9c3e0bd0): the crew's entry was dropped, the
 * requirement read as a meeting.
 */
class EarlierActsAndSatisfiedRequirementsTest {
    private static final LocalDate WED = LocalDate.of(2030, 3, 13);

    @Test
    void aStatementOfAnEarlierActIsAnEntryOfTheActsTime() {
        StoryDossier d = dossier(article("a", "Mine owner Tomas Reyk said the crew had gone into the Kelby tunnel"
                + " overnight to repair a pump.").person("Tomas Reyk").time("overnight", WED.minusDays(1), "day")
                .meta("Valley Courier", "t", WED, WED).build());
        assertEquals(1, d.timeline().size(), d.timeline().toString());
        assertEquals(WED.minusDays(1), d.timeline().get(0).date());
        assertTrue(d.timeline().get(0).summary().contains("had gone into the Kelby tunnel"), d.timeline().toString());
    }

    @Test
    void meetingARequirementIsNoMeeting() {
        StoryDossier d = dossier(article("a", "The rebuilt Kelby dam met every requirement of the safety code on"
                + " Wednesday.").time("on Wednesday", WED, "day").meta("Valley Courier", "t", WED, WED).build());
        assertTrue(d.timeline().stream().noneMatch(e -> "meeting".equals(e.kind())), d.timeline().toString());
        StoryDossier met = dossier(article("a", "The Kelby mayor met with union leaders on Wednesday.")
                .time("on Wednesday", WED, "day").meta("Valley Courier", "t", WED, WED).build());
        assertTrue(met.timeline().stream().anyMatch(e -> "meeting".equals(e.kind())), met.timeline().toString());
    }
}
