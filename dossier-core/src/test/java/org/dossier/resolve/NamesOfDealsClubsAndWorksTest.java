package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * Names of the kinds of story a tagger reads worst: a company's ticker after its exchange, a company named by an
 * industry word, clubs named by their town, films, novels, bands and festivals, rivers, parties named "Union".
 */
class NamesOfDealsClubsAndWorksTest {
    @Test
    void aTickerAfterItsExchangeIsTheCompanyAndTheExchangeAnOrganisation() {
        List<Entity> e = resolve(article("a", "Ostvik Marine (Oslo Bors: OSTV) won a 900 million crown order. "
                        + "Ostvik Marine rose 4%.").entity("Ostvik Marine", "ORGANIZATION").entity("OSTV", "ORGANIZATION")
                        .build(),
                article("b", "OSTV shares hit a record on Tuesday. Rival Quennet (Nasdaq: QNT) fell.")
                        .entity("OSTV", "ORGANIZATION").entity("Nasdaq", "MISC").entity("Quennet", "ORGANIZATION").build());
        List<Entity> ostvik = e.stream().filter(x -> x.variants().contains("Ostvik Marine")).toList();
        assertEquals(1, ostvik.size(), e.toString());
        assertTrue(ostvik.get(0).variants().contains("OSTV"), e.toString());
        assertEquals(1, e.stream().filter(x -> x.variants().contains("OSTV")).count(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Nasdaq").type(), e.toString());
    }

    @Test
    void aNameEndingInAnIndustryWordIsACompanyNotAPerson() {
        List<Entity> e = resolve(article("a", "Tervane Pharmaceuticals said its trial failed. Tervane shares fell 30%.")
                .person("Tervane Pharmaceuticals").entity("Tervane", "ORGANIZATION").build());
        Entity company = named(e, "Tervane Pharmaceuticals");
        assertEquals("ORGANIZATION", company.type(), e.toString());
        assertTrue(company.variants().contains("Tervane"), e.toString());
    }

    @Test
    void aTownBeforeAPlayersPositionIsAClubAndSoIsTheClubItFaces() {
        List<Entity> e = resolve(article("a", "Dunholm defender Ravi Sethi was sent off. Dunholm will face Pennock in "
                + "the final.").person("Dunholm", "Ravi Sethi", "Pennock").build());
        assertEquals("ORGANIZATION", named(e, "Dunholm").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Pennock").type(), e.toString());
        assertEquals("PERSON", named(e, "Ravi Sethi").type(), e.toString());
    }

    @Test
    void aScoreInsideAMatchFrameStillMakesTheTownFacingAClubAClub() {
        List<Entity> e = resolve(article("a", "Dunholm drew 1-1 with Pennock on Saturday. Dunholm striker Joe Amoah scored.")
                .entity("Dunholm", "ORGANIZATION").person("Pennock", "Joe Amoah").build());
        assertEquals("ORGANIZATION", named(e, "Pennock").type(), e.toString());
    }

    @Test
    void aPlayerFacingAnotherPlayerStaysAPerson() {
        List<Entity> e = resolve(article("a", "Morales will face Lindqvist in the semi-final on Friday.")
                .person("Morales", "Lindqvist").build());
        assertEquals("PERSON", named(e, "Morales").type(), e.toString());
        assertEquals("PERSON", named(e, "Lindqvist").type(), e.toString());
    }

    @Test
    void filmsNovelsBandsAndFestivalsAreWorksAndEvents() {
        List<Entity> e = resolve(article("a", "The documentary \u201cCold Orchard\u201d opened the Brisa Film Festival. "
                + "It is based on the memoir \"The Long Shore\" and scored by the band Paper Lanterns.")
                .entity("Cold Orchard", "LOCATION").entity("Brisa Film Festival", "LOCATION")
                .entity("Long Shore", "LOCATION").entity("Paper Lanterns", "ORGANIZATION").build());
        for (String work : List.of("Cold Orchard", "Brisa Film Festival", "Long Shore", "Paper Lanterns")) {
            assertEquals("MISC", named(e, work).type(), work + " in " + e);
        }
    }

    @Test
    void aGreatRiverIsAPlaceAndAUnionOfPartiesAnOrganisation() {
        List<Entity> e = resolve(article("a", "The Rhine rose two metres. The opposition Farmers' Union called for help.")
                .entity("Rhine", "ORGANIZATION").entity("Farmers' Union", "LOCATION").build());
        assertEquals("LOCATION", named(e, "Rhine").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Farmers' Union").type(), e.toString());
    }

    @Test
    void aClubOnceReadAsAClubMakesTheTownItFacesInAnotherArticleAClub() {
        List<Entity> e = resolve(article("a", "Dunholm beat Ashby 2-0 on Saturday.").entity("Dunholm", "ORGANIZATION")
                        .entity("Ashby", "ORGANIZATION").build(),
                article("b", "Dunholm will face Pennock in the final.").person("Dunholm", "Pennock").build());
        assertEquals("ORGANIZATION", named(e, "Dunholm").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Pennock").type(), e.toString());
    }
}
