package org.dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.chain.Composition;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A local product-recall story read through the whole analysis, tagger included, as {@code dossier report} reads
 * it: the product and the bacterium are no people, the union local keeps its number, the dateline's place with its
 * state's abbreviation is the place the prose names, the mayor's title is her role.
 */
class ProductRecallStoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static List<Entity> entities;

    private static final String[] TEXTS = {
        "MADISON, Wis. \u2014 Halvorsen Dairy recalled Nutrimilk Gold on Friday. The Nutrimilk Gold powder may carry"
                + " Cronobacter sakazakii, a germ that can sicken infants. Mayor Ana Ruiz said the city would help"
                + " families in Madison. Ruiz spoke at City Hall.",
        "MADISON, Wis. - A Madison plant made the formula. Officials in Madison said Cronobacter sakazakii was found."
                + " Members of United Food Workers Local 218 were sent home. \"We acted fast,\" Mayor Ana Ruiz told"
                + " reporters.",
    };

    @BeforeAll
    static void analyse() {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            articles.add(new Article("r" + i, "r" + i + ".html", null, "Formula recall", List.of(),
                    LocalDate.of(2026, 11, 20), List.of(), "outlet" + i + ".example", "en", List.of(), TEXTS[i], 0.1,
                    null, null));
        }
        entities = Composition.standard(CLOCK).storyAnalysis().analyse(new Story("s", "recall",
                articles.stream().map(Article::id).toList()), articles, Map.of(), () -> { }).dossier().entities();
    }

    private static Entity named(String name) {
        Entity e = ArticleFixture.named(entities, name);
        assertNotNull(e, name + " not in " + entities);
        return e;
    }

    @Test
    void aRecalledProductIsNoPerson() {
        assertNotEquals("PERSON", named("Nutrimilk Gold").type(), entities.toString());
    }

    @Test
    void aBacteriumsLatinNameIsOneNameAndNoPerson() {
        assertEquals("MISC", named("Cronobacter sakazakii").type(), entities.toString());
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Cronobacter")), entities.toString());
    }

    @Test
    void aUnionLocalKeepsItsNumber() {
        assertEquals("ORGANIZATION", named("United Food Workers Local 218").type(), entities.toString());
    }

    @Test
    void theDatelinesPlaceIsThePlaceTheProseNames() {
        Entity madison = named("Madison");
        assertEquals(List.of("r0", "r1"), madison.articles().stream().distinct().sorted().toList(), entities.toString());
        assertTrue(entities.stream().filter(e -> e.name().equalsIgnoreCase("madison")
                || e.name().toLowerCase(java.util.Locale.ROOT).startsWith("madison,")).count() == 1, entities.toString());
    }

    @Test
    void theMayorsTitleIsHerRoleNotHerName() {
        Entity ruiz = named("Ana Ruiz");
        assertEquals("PERSON", ruiz.type());
        assertTrue(ruiz.roles().contains("Mayor"), ruiz.toString());
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("Mayor")), entities.toString());
    }
}
