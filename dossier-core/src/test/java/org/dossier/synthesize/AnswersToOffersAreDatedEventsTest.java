package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.ArticleFixture;
import org.junit.jupiter.api.Test;

/**
 * A rejection or acceptance of an offer, a proposal, a plan or a deal that the positions stage reads is a timeline
 * event on the day its sentence names, stated in the article's language; a demand of such a thing is none.
 */
class AnswersToOffersAreDatedEventsTest {
    private static final LocalDate THU = LocalDate.of(2030, 3, 14);
    private static final LocalDate SAT = THU.plusDays(2);

    private static AnnotatedArticle in(String language, ArticleFixture f) {
        AnnotatedArticle a = f.meta("outlet " + language, "t", SAT, SAT).build();
        return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
    }

    private static TimelineEntry answer(StoryDossier d) {
        return d.timeline().stream().filter(t -> StanceEvents.KIND.equals(t.kind())).findFirst().orElse(null);
    }

    @Test
    void aRejectedOfferIsAnEventOnTheDayItsSentenceNames() {
        StoryDossier d = dossier(in("en", article("a", "The government rejected Tarnia's offer of 80 firefighters on"
                + " Thursday, saying its crews had enough trucks.").entity("Tarnia", "LOCATION")
                .time("on Thursday", THU, "day")));
        TimelineEntry e = answer(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertEquals(THU, e.date(), e.toString());
        assertTrue(e.summary().startsWith("The government rejected Tarnia's offer of 80 firefighters"), e.summary());
    }

    @Test
    void anAcceptedPlanIsAnEvent() {
        StoryDossier d = dossier(in("en", article("a", "The Harbour Union accepted the port authority's plan to"
                + " reopen the docks on Thursday.").entity("Harbour Union", "ORGANIZATION")
                .time("on Thursday", THU, "day")));
        TimelineEntry e = answer(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertEquals(THU, e.date(), e.toString());
        assertTrue(e.summary().startsWith("The Harbour Union accepted"), e.summary());
    }

    @Test
    void aSpanishRejectedOfferIsAnEventInSpanish() {
        StoryDossier d = dossier(in("es", article("a", "El Gobierno de Belmark rechazó el jueves la oferta de Tarnia"
                + " de enviar 80 bomberos.").entity("Gobierno de Belmark", "ORGANIZATION").entity("Tarnia", "LOCATION")
                .time("el jueves", THU, "day")));
        TimelineEntry e = answer(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertEquals(THU, e.date(), e.toString());
        assertTrue(e.summary().contains("rechazó la oferta de Tarnia"), e.summary());
    }

    @Test
    void aDemandOfAPlanIsNoEvent() {
        StoryDossier d = dossier(in("en", article("a", "The Harbour Union demanded a plan for the docks on Thursday.")
                .entity("Harbour Union", "ORGANIZATION").time("on Thursday", THU, "day")));
        assertTrue(d.positions().stream().anyMatch(p -> p.stance().equals("demands")), d.positions().toString());
        assertNull(answer(d), d.timeline().toString());
    }
}
