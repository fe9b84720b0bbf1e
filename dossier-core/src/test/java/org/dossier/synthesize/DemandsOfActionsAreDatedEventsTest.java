package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A demand of a concrete action ("a recount") that the positions stage reads is a timeline event on the day its
 * sentence names (else its article's day, marked as such), and a rejection naming the demander joins it as one
 * event; a demand of no action ("calm") is no event.
 */
class DemandsOfActionsAreDatedEventsTest {
    private static final LocalDate MON = LocalDate.of(2029, 5, 7);
    private static final LocalDate WED = MON.plusDays(2);

    @Test
    void aDemandAndItsRejectionAreOneEventOnTheDemandsDay() {
        AnnotatedArticle a = article("a", "The Free Farmers demanded a recount in Kestwick on Monday after losing"
                + " the seat.").entity("Free Farmers", "ORGANIZATION").entity("Kestwick", "LOCATION")
                .time("Monday", MON, "day").meta("Vale Herald", "t", WED, WED).build();
        AnnotatedArticle b = article("b", "The Boundary Commission rejected the Free Farmers' demand for a recount"
                + " in Kestwick.").entity("Boundary Commission", "ORGANIZATION").entity("Free Farmers", "ORGANIZATION")
                .entity("Kestwick", "LOCATION").meta("Kestwick Post", "t", WED, WED).build();
        StoryDossier d = dossier(a, b);
        TimelineEntry e = demand(d);
        assertNotNull(e, d.timeline().toString());
        assertEquals(MON, e.date(), e.toString());
        assertNull(e.dateNote(), e.toString());
        assertEquals("The Free Farmers demanded a recount in Kestwick; the Boundary Commission rejected it",
                e.summary());
        assertEquals(List.of("a", "b"), e.articles());
    }

    @Test
    void aDemandWithNoDayOfItsOwnIsOnItsArticlesDayMarkedSo() {
        AnnotatedArticle a = article("a", "The Free Farmers demanded an inquiry into the count in Kestwick.")
                .entity("Free Farmers", "ORGANIZATION").entity("Kestwick", "LOCATION")
                .meta("Vale Herald", "t", WED, WED).build();
        TimelineEntry e = demand(dossier(a));
        assertNotNull(e);
        assertEquals(WED, e.date(), e.toString());
        assertTrue(e.dateNote() != null && e.dateNote().contains("no day of its own"), e.toString());
        assertTrue(e.summary().startsWith("The Free Farmers demanded an inquiry"), e.summary());
    }

    @Test
    void aDemandInAnUndatedArticleIsAPositionAndNoTimelineEntry() {
        AnnotatedArticle a = article("a", "The Free Farmers demanded an inquiry into the count in Kestwick.")
                .entity("Free Farmers", "ORGANIZATION").entity("Kestwick", "LOCATION")
                .meta("Vale Herald", "t", null, null).build();
        StoryDossier d = dossier(a);
        assertTrue(d.positions().stream().anyMatch(p -> p.stance().equals("demands")), d.positions().toString());
        assertTrue(d.timeline().stream().allMatch(t -> t.date() != null), d.timeline().toString());
    }

    @Test
    void aDemandOfNoActionIsNoEvent() {
        AnnotatedArticle a = article("a", "The Free Farmers called for calm on Monday.")
                .entity("Free Farmers", "ORGANIZATION").time("Monday", MON, "day")
                .meta("Vale Herald", "t", WED, WED).build();
        StoryDossier d = dossier(a);
        assertTrue(d.positions().stream().anyMatch(p -> p.stance().equals("demands")), d.positions().toString());
        assertNull(demand(d), d.timeline().toString());
    }

    private static TimelineEntry demand(StoryDossier d) {
        return d.timeline().stream().filter(t -> StanceEvents.KIND.equals(t.kind())).findFirst().orElse(null);
    }
}
