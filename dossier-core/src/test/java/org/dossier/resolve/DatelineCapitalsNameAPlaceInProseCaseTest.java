package org.dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * A place that a story writes only in a wire dateline's capitals is named as prose writes it ("FRANKFURT (Reuters)"
 * is Frankfurt, "RIO DE JANEIRO (AP)" Rio de Janeiro); the story's own lower-case writing wins where there is one,
 * and a short acronym stays in capitals.
 */
class DatelineCapitalsNameAPlaceInProseCaseTest {
    private static List<Entity> resolve(String text, String... places) {
        ArticleFixture f = ArticleFixture.article("a", text);
        for (String p : places) {
            f.entity(p, "LOCATION");
        }
        AnnotatedArticle a = f.build();
        return new NameResolver().resolve(List.of(a));
    }

    @Test
    void aPlaceOnlyTheDatelineNamesIsWrittenInProseCase() {
        List<Entity> e = resolve("FRANKFURT (Reuters) - The central bank kept its key rate unchanged on Thursday.",
                "FRANKFURT");
        assertNotNull(ArticleFixture.named(e, "Frankfurt"), e.toString());
    }

    @Test
    void particlesInsideAPlacesNameStayInLowerCase() {
        List<Entity> e = resolve("RIO DE JANEIRO (AP) — Heavy rain flooded the city's north zone overnight.",
                "RIO DE JANEIRO");
        assertNotNull(ArticleFixture.named(e, "Rio de Janeiro"), e.toString());
    }

    @Test
    void theProsesOwnWritingWinsAndAnAcronymStaysInCapitals() {
        List<Entity> e = resolve("MADISON (AP) — Lawmakers in Madison met the USA delegation on Monday.",
                "MADISON", "Madison", "USA");
        assertNotNull(ArticleFixture.named(e, "Madison"), e.toString());
        assertNotNull(ArticleFixture.named(e, "USA"), e.toString());
        assertEquals(2, e.size(), e.toString());
    }
}
