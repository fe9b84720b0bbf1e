package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * Titles of policing and of faith before a name are the person's role, as offices are ("Sheriff Ada Morrow said",
 * "Detective Inspector Joel Marr", "Pastor Lina Voss"): local news names people by them.
 */
class LawAndFaithTitlesAreRolesTest {
    @Test
    void aSheriffNamedByTitleHasTheTitleAsRole() {
        List<Entity> e = resolve(article("a", "Sheriff Ada Morrow said deputies had gone door to door.")
                .person("Ada Morrow").build());
        assertEquals(List.of("Sheriff"), named(e, "Ada Morrow").roles(), e.toString());
    }

    @Test
    void aDetectivesRankOfTwoWordsIsOneRole() {
        List<Entity> e = resolve(article("a", "Detective Inspector Joel Marr told the court the van was stolen.")
                .person("Joel Marr").build());
        assertEquals(List.of("Detective Inspector"), named(e, "Joel Marr").roles(), e.toString());
    }

    @Test
    void aPastorNamedByTitleHasTheTitleAsRole() {
        List<Entity> e = resolve(article("a", "Pastor Lina Voss did not attend the meeting.")
                .person("Lina Voss").build());
        assertEquals(List.of("Pastor"), named(e, "Lina Voss").roles(), e.toString());
    }
}
