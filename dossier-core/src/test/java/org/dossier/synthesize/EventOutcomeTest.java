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
 * A timeline entry says what happened on its day: the action of its own clause ("ended its search"), not an
 * earlier event the clause only measures time from ("four days after the flood").
 */
class EventOutcomeTest {
    private static final LocalDate SAT = LocalDate.of(2032, 6, 12);

    private static List<TimelineEntry> timeline(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list)).timeline();
    }

    @Test
    void theEndOfASearchIsTheEventNotTheDisasterItCountsFrom() {
        List<TimelineEntry> t = timeline(article("a", "Brenna ended its search for survivors on Saturday, a week "
                + "after the floods in Marrow valley, with the death toll at 61.").entity("Brenna", "LOCATION")
                .entity("Marrow", "LOCATION").time("on Saturday", SAT, "day").meta("x", "t", SAT, SAT).build());
        assertEquals(1, t.size(), t.toString());
        TimelineEntry e = t.get(0);
        assertEquals("end", e.kind(), e.toString());
        assertTrue(e.summary().startsWith("Brenna ended its search for survivors"), e.summary());
    }

    @Test
    void servicesHaltedOnTheirDayAreAnEvent() {
        List<TimelineEntry> t = timeline(article("a", "The rail operator halted all trains to Varna on Saturday.")
                .entity("Varna", "LOCATION").time("on Saturday", SAT, "day").meta("x", "t", SAT, SAT).build());
        assertEquals(1, t.size(), t.toString());
        assertEquals("end", t.get(0).kind(), t.toString());
        assertTrue(t.get(0).summary().contains("halted all trains to Varna"), t.get(0).summary());
    }
}
