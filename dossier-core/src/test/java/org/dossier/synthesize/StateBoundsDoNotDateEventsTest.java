package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A time that starts a state ("postponed since Monday", "open as of March") is no day of the sentence's event: the
 * sentence is not dated on the state's bound ({@code state-bounds.txt}); nor is a statement dated by a time of a
 * relative clause after its verb ("said … a flaw that was patched in January").
 */
class StateBoundsDoNotDateEventsTest {
    private static final LocalDate MON = LocalDate.of(2031, 5, 5);
    private static final LocalDate THU = MON.plusDays(3);

    private static List<TimelineEntry> timeline(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list)).timeline();
    }

    @Test
    void aStatementAboutAStateSinceADayIsNotDatedOnThatDay() {
        List<TimelineEntry> t = timeline(article("a", "Hospital director Mara Velt said more than 600 operations had"
                + " been postponed since Monday.").person("Mara Velt").time("Monday", MON, "day")
                .meta("x", "t", THU, THU).build());
        assertTrue(t.stream().noneMatch(e -> MON.equals(e.date())), t.toString());
    }

    @Test
    void aTimeInARelativeClauseAfterTheReportingVerbDoesNotDateTheStatement() {
        LocalDate january = LocalDate.of(2031, 1, 1);
        List<TimelineEntry> t = timeline(article("a", "The cyber agency said the attackers had used a flaw in the"
                + " billing software that was patched in January.").entity("cyber agency", "ORGANIZATION")
                .time("in January", january, "month").meta("x", "t", THU, THU).build());
        assertTrue(t.stream().noneMatch(e -> january.equals(e.date())), t.toString());
    }

    @Test
    void aDayOfItsOwnStillDatesTheEvent() {
        List<TimelineEntry> t = timeline(article("a", "Hospital director Mara Velt said on Monday that 400"
                + " operations had been postponed.").person("Mara Velt").time("on Monday", MON, "day")
                .meta("x", "t", THU, THU).build());
        assertEquals(1, t.size(), t.toString());
        assertEquals(MON, t.get(0).date(), t.toString());
    }
}
