package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A time followed by "after"/"following" and an event noun dates the clause before it ("Norrway Rail cancelled 120
 * trains on Tuesday after a failure in its signalling"): the entry states what happened, not only the noun's
 * label ("Failure"); a noun the time itself follows keeps the time ("a group set up after the breach on May 4").
 * First read (2026-12-04, an unseen airline-outage story): the outage day's entry read "Failure".
 */
class ATimeDatesTheClauseBeforeAnEventItPlacesByTest {
    private static final LocalDate TUE = LocalDate.of(2031, 6, 10);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static TimelineEntry on(StoryDossier d, LocalDate day) {
        return d.timeline().stream().filter(t -> day.equals(t.date())).findFirst().orElse(null);
    }

    @Test
    void theEntryStatesTheActTheTimeDatesNotTheNounAfterIt() {
        AnnotatedArticle a = article("a", "Norrway Rail cancelled 120 trains on Tuesday after a failure in its "
                + "signalling systems left thousands of commuters stranded.").entity("Norrway Rail", "ORGANIZATION")
                .time("on Tuesday", TUE, "day").meta("Post", "Trains cancelled", TUE.plusDays(1), TUE.plusDays(1))
                .build();

        TimelineEntry e = on(dossier(a), TUE);

        assertNotNull(e);
        assertTrue(e.summary().startsWith("Norrway Rail cancelled 120 trains"), e.summary());
    }
}
