package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A named time between a determiner and a noun ("at the May 14 meeting") modifies that noun: the statement that
 * leaves the time out keeps "at the meeting", not the dangling "plan meeting". First read: "at the May 14" went.
 */
class ATimeModifyingANounLeavesTheNounInTheStatementTest {
    private static final LocalDate DAY = LocalDate.of(2032, 5, 14);

    @Test
    void theMeetingStaysWhenItsDateIsLeftOut() {
        StoryDossier d = dossier(article("a", "The Halden council voted on the harbour plan at the May 14 meeting.")
                .entity("Halden", "LOCATION").time("May 14", DAY, "day").meta("Post", "t", DAY, DAY).build());
        assertTrue(d.timeline().stream().anyMatch(t -> t.summary().contains("at the meeting")), d.timeline().toString());
    }
}
