package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A time after "up from" dates the earlier figure, not the sentence's event ("27 homes destroyed, up from the two
 * reported on Monday" is no entry of Monday), and a bound's words go with its time when the statement leaves the
 * time out ("could be lifted as early as Saturday" gives "could be lifted", never "… as early as").
 */
class ComparisonsAndBoundsInStatementsTest {
    private static final LocalDate MON = LocalDate.of(2030, 3, 11);
    private static final LocalDate THU = MON.plusDays(3);

    @Test
    void aTimeOfTheEarlierFigureInAComparisonDatesNoEntry() {
        StoryDossier d = dossier(article("a", "The agency now counts 27 homes destroyed, up from the two reported on"
                + " Monday.").time("Monday", MON, "day").meta("Herald", "t", THU, THU).build());
        assertFalse(d.timeline().stream().anyMatch(t -> t.date().equals(MON)), d.timeline().toString());
    }

    @Test
    void aBoundsWordsLeaveTheStatementWithItsTime() {
        StoryDossier d = dossier(article("a", "The curfew was lifted as early as Monday, the mayor said.")
                .time("Monday", MON, "day").meta("Herald", "t", THU, THU).build());
        assertTrue(d.timeline().stream().anyMatch(t -> t.summary().contains("The curfew was lifted")
                && !t.summary().contains("as early as")), d.timeline().toString());
    }
}
