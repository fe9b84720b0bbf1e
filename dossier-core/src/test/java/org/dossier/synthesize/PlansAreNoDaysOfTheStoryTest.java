package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.render.MarkdownRenderer;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * An event that only articles older than its day report is a plan as of the latest of them ("offered to meet the
 * owners on Monday" in Friday's article, nothing since): marked so, and not a day of the story's span; one an
 * article of its day or later reports is no plan.
 * First read (2026-12-03, an unseen oil-spill story): the offered meeting was an entry like any other and stretched
 * the story to three days after its last article.
 */
class PlansAreNoDaysOfTheStoryTest {
    private static final LocalDate FRI = LocalDate.of(2031, 5, 9);
    private static final LocalDate MON = FRI.plusDays(3);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static AnnotatedArticle friday() {
        return article("a", "Police arrested the captain of the ship on Friday. The minister offered to meet the "
                + "owners of the ship on Monday to settle the dispute.").time("on Friday", FRI, "day")
                .time("on Monday", MON, "day").meta("Post", "Captain arrested", FRI, FRI).build();
    }

    private static TimelineEntry on(StoryDossier d, LocalDate day) {
        return d.timeline().stream().filter(t -> day.equals(t.date())).findFirst().orElse(null);
    }

    @Test
    void anEventReportedOnlyBeforeItsDayIsAPlanAndNoDayOfTheStory() {
        StoryDossier d = dossier(friday());
        TimelineEntry meeting = on(d, MON);
        assertNotNull(meeting, d.timeline().toString());
        assertEquals(FRI, meeting.plannedAsOf());
        assertNull(on(d, FRI).plannedAsOf());
        assertEquals(FRI, d.span().to(), d.span().toString());
        assertTrue(new MarkdownRenderer().render(List.of(d)).contains("(planned, as reported up to " + FRI + ")"));
    }

    @Test
    void anEventAnArticleOfItsDayReportsIsNoPlan() {
        AnnotatedArticle monday = article("b", "The minister met the owners of the ship on Monday.")
                .time("on Monday", MON, "day").meta("Daily", "Minister meets owners", MON, MON).build();
        StoryDossier d = dossier(friday(), monday);
        TimelineEntry meeting = on(d, MON);
        assertNotNull(meeting, d.timeline().toString());
        assertNull(meeting.plannedAsOf(), meeting.toString());
        assertEquals(MON, d.span().to());
    }
}
