package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A statement leaves out the time its entry is dated by, except where that time is the object of its verb ("340
 * people spent Monday night there"): cut, the statement would read "340 people spent there".
 */
class StatementsKeepATimeThatIsTheVerbsObjectTest {
    private static final LocalDate MON = LocalDate.of(2030, 3, 11);

    @Test
    void aTimeSpentSomewhereStaysInTheStatement() {
        StoryDossier d = dossier(article("a", "The Red Cross said 340 people spent Monday night at the shelter.")
                .time("Monday night", MON, "day").meta("Herald", "t", MON.plusDays(1), MON.plusDays(1)).build());
        assertTrue(d.timeline().stream().anyMatch(t -> t.summary().contains("spent Monday night at the shelter")),
                d.timeline().toString());
    }

    @Test
    void aTimeThatOnlyDatesTheVerbIsStillLeftOut() {
        StoryDossier d = dossier(article("a", "Firefighters evacuated 200 people on Monday night from the school.")
                .time("on Monday night", MON, "day").meta("Herald", "t", MON.plusDays(1), MON.plusDays(1)).build());
        assertTrue(d.timeline().stream().anyMatch(t -> t.summary().contains("evacuated 200 people from the school")),
                d.timeline().toString());
    }
}
