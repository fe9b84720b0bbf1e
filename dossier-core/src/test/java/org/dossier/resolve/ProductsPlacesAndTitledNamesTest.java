package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names of a local news story a tagger misreads: a recalled product and a product after its maker's name are
 * products, no people or companies ({@link NameFrames}, {@link NamedPlaceAndProduct}); a dateline's place with its
 * state's abbreviation is the place; a titled name read as no person is the person, the title its role
 * ({@link MentionReader}); an office before "and" another person's ({@link RoleFinder}).
 */
class ProductsPlacesAndTitledNamesTest {
    @Test
    void aProductARecallNamesIsNoPerson() {
        List<Entity> e = resolve(article("a", "Halvorsen Dairy recalled Nutrimilk Gold on Friday. Parents who bought"
                + " Nutrimilk Gold should return it.").entity("Halvorsen Dairy", "ORGANIZATION")
                .person("Nutrimilk Gold").build());
        assertEquals("MISC", named(e, "Nutrimilk Gold").type(), e.toString());
    }

    @Test
    void aProductAfterItsMakersNameIsTheProduct() {
        List<Entity> e = resolve(article("a", "Dairyland Foods said on Tuesday that Dairyland Foods Nutrimilk Gold was"
                + " sold in two states. Nutrimilk Gold is made in Brenmoor.").entity("Dairyland Foods Nutrimilk Gold",
                "ORGANIZATION").entity("Dairyland Foods", "ORGANIZATION").entity("Nutrimilk Gold", "ORGANIZATION")
                .entity("Brenmoor", "LOCATION").build());
        assertNull(named(e, "Dairyland Foods Nutrimilk Gold"), e.toString());
        assertNotNull(named(e, "Dairyland Foods"), e.toString());
        Entity product = named(e, "Nutrimilk Gold");
        assertNotNull(product, e.toString());
        assertEquals(2, product.mentions().size(), e.toString());
    }

    @Test
    void aBodyNamedAfterAPlaceKeepsItsName() {
        List<Entity> e = resolve(article("a", "The Brackley Courier reported that Brackley Town Council met. The Courier"
                + " said little.").entity("Brackley Courier", "ORGANIZATION").entity("Brackley Town Council",
                "ORGANIZATION").entity("Brackley", "ORGANIZATION").entity("Courier", "ORGANIZATION").build());
        assertNotNull(named(e, "Brackley Courier"), e.toString());
    }

    @Test
    void aDatelinePlaceWithItsStateAbbreviationIsThePlace() {
        List<Entity> e = resolve(
                article("a", "MADISON, Wis. \u2014 The plant closed on Friday.").entity("MADISON, Wis.", "LOCATION")
                        .build(),
                article("b", "Officials in Madison said the plant would reopen.").entity("Madison", "LOCATION").build());
        assertNull(named(e, "MADISON, Wis."), e.toString());
        Entity place = named(e, "Madison");
        assertNotNull(place, e.toString());
        assertEquals(List.of("a", "b"), place.articles().stream().sorted().toList(), e.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mayor", "Sheriff", "Judge", "Commissioner", "Senator"})
    void aTitledNameReadAsNoPersonIsThePersonWithTheTitleAsRole(String title) {
        String text = "Parents should return the formula, " + title + " Ana Ruiz said on Tuesday. Ruiz spoke at the"
                + " plant.";
        List<Entity> e = resolve(article("a", text).entity(title + " Ana Ruiz", "ORGANIZATION").person("Ruiz")
                .build());
        assertNull(named(e, title + " Ana Ruiz"), e.toString());
        Entity ruiz = named(e, "Ana Ruiz");
        assertNotNull(ruiz, e.toString());
        assertEquals("PERSON", ruiz.type(), e.toString());
        assertTrue(ruiz.roles().contains(title), e.toString());
    }

    @Test
    void aTitledBodyWithNoPersonOfItsNameStaysABody() {
        List<Entity> e = resolve(article("a", "The Governor Phillip Tower opened on Monday.")
                .entity("Governor Phillip Tower", "ORGANIZATION").build());
        assertNotNull(named(e, "Governor Phillip Tower"), e.toString());
    }

    @Test
    void anOfficeBeforeAndIsTheNextPersonsAlone() {
        List<Entity> e = resolve(article("a", "Senator Paul Okafor and Governor Lisa Brandt met Judge Omar Hale in"
                + " Tarnow on Monday.").person("Paul Okafor", "Lisa Brandt", "Omar Hale").build());
        assertEquals(List.of("Senator"), named(e, "Paul Okafor").roles(), e.toString());
        assertEquals(List.of("Governor"), named(e, "Lisa Brandt").roles(), e.toString());
        assertEquals(List.of("Judge"), named(e, "Omar Hale").roles(), e.toString());
    }

    @Test
    void anOfficeWithItsFieldJoinedByAndIsOneRole() {
        List<Entity> e = resolve(article("a", "The talks were opened by Minister for Trade and Industry Ana Lee on"
                + " Monday.").person("Ana Lee").build());
        assertEquals(List.of("Minister for Trade and Industry"), named(e, "Ana Lee").roles(), e.toString());
    }
}
