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
 * An act of a named actor with a strong act verb ("declared a state of emergency", "ordered", "imposed") in a
 * sentence that names no time is an entry of its article's date, marked as an estimate; not when the act is
 * future, conditional, earlier ("had declared") or its sentence says when in other terms ("in 2019").
 */
class UndatedActsAreEventsOfTheirArticlesDayTest {
    private static final LocalDate FRI = LocalDate.of(2030, 3, 15);

    private static AnnotatedArticle in(String language, ArticleFixture f) {
        AnnotatedArticle a = f.meta("outlet " + language, "t", FRI, FRI).build();
        return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
    }

    private static TimelineEntry act(StoryDossier d, String words) {
        return d.timeline().stream().filter(t -> t.summary().contains(words)).findFirst().orElse(null);
    }

    @Test
    void aDeclarationWithNoDayIsAnEstimatedEntryOfTheArticlesDate() {
        StoryDossier d = dossier(in("en", article("a", "Prime Minister Ilse Varo declared a state of emergency in four"
                + " districts and said the navy would help.").person("Ilse Varo")));
        TimelineEntry e = act(d, "declared a state of emergency");
        assertNotNull(e, d.timeline().toString());
        assertEquals(FRI, e.date(), e.toString());
        assertTrue(e.dateNote() != null && e.dateNote().contains("no day of its own"), e.toString());
        assertTrue(e.participants().contains("Ilse Varo"), e.toString());
    }

    @Test
    void anOrderAndAnImpositionOfOneActorAreEntries() {
        StoryDossier d = dossier(in("en", article("a", "The Harbour Board ordered the closure of the east pier. Mayor"
                + " Tomas Quell has imposed a curfew on the old town.").entity("Harbour Board", "ORGANIZATION")
                .person("Tomas Quell")));
        assertNotNull(act(d, "ordered the closure of the east pier"), d.timeline().toString());
        assertNotNull(act(d, "imposed a curfew"), d.timeline().toString());
    }

    @Test
    void aSpanishDeclarationWithNoDayIsAnEntryOfTheArticlesDate() {
        StoryDossier d = dossier(in("es", article("a", "La primera ministra Ilse Varo declaró el estado de emergencia en"
                + " cuatro distritos.").person("Ilse Varo")));
        TimelineEntry e = act(d, "declaró el estado de emergencia");
        assertNotNull(e, d.timeline().toString());
        assertEquals(FRI, e.date(), e.toString());
    }

    @Test
    void anUndatedActAndADatedReportOfItAreOneEntryOfTheNamedDay() {
        AnnotatedArticle undated = in("en", article("a", "Prime Minister Ilse Varo declared a state of emergency in four"
                + " districts.").person("Ilse Varo"));
        AnnotatedArticle dated = article("b", "Prime Minister Ilse Varo declared a state of emergency in four districts"
                + " on Friday.").person("Ilse Varo").time("on Friday", FRI, "day")
                .meta("outlet b", "t", FRI.plusDays(1), FRI.plusDays(1)).build();
        StoryDossier d = dossier(undated, dated);
        assertEquals(1, d.timeline().stream().filter(t -> t.summary().contains("state of emergency")).count(),
                d.timeline().toString());
        TimelineEntry e = act(d, "state of emergency");
        assertEquals(FRI, e.date(), e.toString());
        assertNull(e.dateNote(), e.toString());
        assertTrue(e.articles().containsAll(java.util.List.of("a", "b")), e.toString());
    }

    @Test
    void anActSaidToHaveHappenedEarlierIsNoEntry() {
        StoryDossier d = dossier(in("en", article("a", "Prime Minister Ilse Varo had declared a state of emergency in"
                + " four districts.").person("Ilse Varo")));
        assertNull(act(d, "state of emergency"), d.timeline().toString());
    }

    @Test
    void anActVerbInACompoundWordIsNoAct() {
        StoryDossier d = dossier(in("en", article("a", "Mayor Tomas Quell's closed-door talks drew criticism from traders.")
                .person("Tomas Quell")));
        assertTrue(d.timeline().stream().noneMatch(t -> "closure".equals(t.kind())), d.timeline().toString());
    }

    @Test
    void aConditionalActIsNoEntry() {
        StoryDossier d = dossier(in("en", article("a", "If Mayor Tomas Quell closed the old town, traders would leave.")
                .person("Tomas Quell")));
        assertNull(act(d, "closed the old town"), d.timeline().toString());
    }

    @Test
    void anActWhoseSentenceSaysWhenOtherwiseIsNoEntryOfTheArticlesDate() {
        StoryDossier d = dossier(in("en", article("a", "Mayor Tomas Quell imposed a curfew on the old town in 2019.")
                .person("Tomas Quell").time("in 2019", LocalDate.of(2019, 1, 1), "year")));
        assertTrue(d.timeline().stream().noneMatch(t -> t.date().equals(FRI)), d.timeline().toString());
    }
}
