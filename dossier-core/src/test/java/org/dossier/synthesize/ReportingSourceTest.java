package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A news agency named as the sentence's source ("…, the Baltic News Service (BNS) reports.") reports the event and
 * takes no part in it, whatever the tagger made of the page's credits.
 */
class ReportingSourceTest {
    private static final LocalDate TUE = LocalDate.of(2032, 2, 10);

    @Test
    void anAgencyClosingTheSentenceWithReportsIsNoParticipant() {
        StoryDossier d = StoryFixture.dossier(article("a", "Dock workers began talks with the port authority "
                + "Portline on Tuesday after a week of stoppages, the Baltic News Service (BNS) reports.")
                .entity("Portline", "ORGANIZATION").entity("Baltic News Service", "ORGANIZATION")
                .time("on Tuesday", TUE, "day").meta("x", "t", TUE, TUE).build());
        assertTrue(d.timeline().stream().anyMatch(e -> e.participants().contains("Portline")), d.timeline().toString());
        for (TimelineEntry e : d.timeline()) {
            assertFalse(e.participants().contains("Baltic News Service"), e.toString());
        }
    }
}
