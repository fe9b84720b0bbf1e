package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.ArticleFixture;
import org.junit.jupiter.api.Test;

/**
 * Held-out set P1 (invented German, French and Spanish articles): a demand or rejection of a concrete action
 * ("eine Neuauszählung", "une enquête", "un recuento") is a timeline event as in English, stated in the article's
 * language, and a rejection naming the demander joins its demand.
 * First read on the unchanged code (commit of this set): 0 of 6 pass (no entry in any of the three languages).
 */
class DemandsOfActionsInOtherLanguagesTest {
    private static final LocalDate MON = LocalDate.of(2029, 5, 7);
    private static final LocalDate WED = MON.plusDays(2);

    private static AnnotatedArticle in(String language, ArticleFixture f) {
        AnnotatedArticle a = f.meta("outlet " + language, "t", WED, WED).build();
        return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
    }

    private static TimelineEntry demand(StoryDossier d) {
        return d.timeline().stream().filter(t -> StanceEvents.KIND.equals(t.kind())).findFirst().orElse(null);
    }

    @Test
    void aGermanDemandOfARecountIsATimelineEventOnItsDay() {
        StoryDossier d = dossier(in("de", article("a", "Die Partei Volt forderte am Montag eine Neuauszählung in "
                + "Kestwick.").entity("Volt", "ORGANIZATION").entity("Kestwick", "LOCATION").time("am Montag", MON, "day")));
        TimelineEntry e = demand(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertEquals(MON, e.date(), e.toString());
        assertTrue(e.summary().startsWith("Volt forderte eine Neuauszählung"), e.summary());
    }

    @Test
    void aGermanRejectionNamingTheDemanderJoinsTheDemand() {
        AnnotatedArticle a = in("de", article("a", "Die Partei Volt forderte am Montag eine Neuauszählung in "
                + "Kestwick.").entity("Volt", "ORGANIZATION").entity("Kestwick", "LOCATION").time("am Montag", MON, "day"));
        AnnotatedArticle b = in("de", article("b", "Die Wahlkommission lehnte die Forderung von Volt nach einer "
                + "Neuauszählung ab.").entity("Wahlkommission", "ORGANIZATION").entity("Volt", "ORGANIZATION"));
        StoryDossier d = dossier(a, b);
        TimelineEntry e = demand(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertTrue(e.articles().containsAll(java.util.List.of("a", "b")), e.toString());
        assertTrue(e.participants().contains("Wahlkommission"), e.toString());
    }

    @Test
    void aFrenchDemandOfAnInquiryIsATimelineEvent() {
        StoryDossier d = dossier(in("fr", article("a", "Le parti Volt exige une enquête sur le scrutin de Kestwick.")
                .entity("Volt", "ORGANIZATION").entity("Kestwick", "LOCATION")));
        TimelineEntry e = demand(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertTrue(e.summary().startsWith("Volt a exigé une enquête"), e.summary());
    }

    @Test
    void aFrenchRejectionOfAStrikeIsATimelineEvent() {
        StoryDossier d = dossier(in("fr", article("a", "Le syndicat Unitas rejette une grève dans les ports de "
                + "Kestwick.").entity("Unitas", "ORGANIZATION").entity("Kestwick", "LOCATION")));
        TimelineEntry e = demand(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertTrue(e.summary().startsWith("Unitas a rejeté une grève"), e.summary());
    }

    @Test
    void aSpanishDemandOfARecountIsATimelineEvent() {
        StoryDossier d = dossier(in("es", article("a", "El partido Volt exigió un recuento de los votos en Kestwick.")
                .entity("Volt", "ORGANIZATION").entity("Kestwick", "LOCATION")));
        TimelineEntry e = demand(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertTrue(e.summary().startsWith("Volt exigió un recuento"), e.summary());
    }

    @Test
    void aSpanishRejectionOfACeasefireIsATimelineEvent() {
        StoryDossier d = dossier(in("es", article("a", "El gobierno de Arlandia rechazó un alto el fuego en la "
                + "frontera de Kestwick.").entity("Arlandia", "LOCATION").entity("Kestwick", "LOCATION")));
        TimelineEntry e = demand(d);
        assertNotNull(e, d.positions() + " " + d.timeline());
        assertTrue(e.summary().contains("rechazó un alto el fuego"), e.summary());
    }
}
