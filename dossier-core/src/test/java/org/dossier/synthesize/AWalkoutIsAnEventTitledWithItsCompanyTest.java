package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * Crews that "walked out" (or "downed tools") stage a walkout, an event of the strike class ({@code
 * context-triggers.txt}), which the talks after "after" only place; a story whose central event is a bare-word
 * walkout is titled with the company it is at ("Walkout at Marrow Ferries", {@code title-owner-classes.txt}). First
 * read (2026-12-04, an unseen ferry-strike story): the day's entry read "Talks", and once the walkout was read the
 * title was "Walkout, 10–11 March 2031".
 */
class AWalkoutIsAnEventTitledWithItsCompanyTest {
    private static final LocalDate MON = LocalDate.of(2031, 3, 10);

    private static AnnotatedArticle page(String id, String text) {
        return article(id, text).entity("Marrow Ferries", "ORGANIZATION").time("on Monday", MON, "day")
                .meta("outlet " + id, "t", MON, MON).build();
    }

    private static StoryDossier story() {
        return dossier(page("a", "Crews at Marrow Ferries walked out on Monday after talks over pay broke down."),
                page("b", "Deck staff at Marrow Ferries walked out on Monday, stranding 4,000 passengers."));
    }

    @Test
    void crewsWhoWalkedOutAreTheDaysEventNotTheTalksBeforeIt() {
        StoryDossier d = story();
        assertTrue(d.timeline().stream().anyMatch(t -> t.date().equals(MON) && t.summary().contains("walked out")),
                d.timeline().toString());
        assertFalse(d.timeline().stream().anyMatch(t -> t.summary().equals("Talks")), d.timeline().toString());
    }

    @Test
    void aBareWalkoutTitleNamesTheCompanyItIsAt() {
        StoryDossier d = story();
        assertTrue(d.title().startsWith("Walkout at Marrow Ferries"), d.title());
    }
}
