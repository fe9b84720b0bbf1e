package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * Types a story's own words give a name whatever the tagger read: companies in an organisation frame ("shares of
 * Zentrix", "chief executive of Corby Water"), clubs named by their town in a match frame, ships, storms and brands,
 * venues, parties (a member word cut from "Labour MP").
 */
class NamesTypedByTheirFramesTest {
    private final NameResolver resolver = new NameResolver();

    private List<Entity> resolve(AnnotatedArticle a) {
        return resolver.resolve(List.of(a));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aNameBeforeTheNounOfAnAidGroupOrCharityIsAnOrganisation() {
        for (String body : List.of("aid group", "charity", "rights group", "think tank")) {
            List<Entity> e = resolve(article("a", "The Red Lantern " + body + " said more than 600 people had died in Orvia.")
                    .entity("Red Lantern", "MISC").entity("Orvia", "LOCATION").build());
            assertEquals("ORGANIZATION", named(e, "Red Lantern").type(), body + " " + e);
            assertEquals("LOCATION", named(e, "Orvia").type(), body + " " + e);
        }
    }

    @Test
    void aNameOwningAFormerChiefExecutiveOrABoardIsAnOrganisation() {
        for (String role : List.of("'s former chief executive", "'s board", "'s chairman")) {
            List<Entity> e = resolve(article("a", "Kastel Build" + role + ", Omar Reyes, testified on Monday.")
                    .person("Kastel Build", "Omar Reyes").build());
            assertEquals("ORGANIZATION", named(e, "Kastel Build").type(), role + " " + e);
            assertEquals("PERSON", named(e, "Omar Reyes").type(), role + " " + e);
        }
    }

    @Test
    void aOneWordCompanyTheTaggerCallsAPersonIsAnOrganisationInASharesFrame() {
        List<Entity> e = resolve(article("a", "Zentrix said on Monday it would cut 900 jobs. Shares of Zentrix fell 6%.")
                .person("Zentrix").build());
        assertEquals("ORGANIZATION", named(e, "Zentrix").type(), e.toString());
    }

    @Test
    void aTwoWordNameAfterChiefExecutiveOfIsAnOrganisation() {
        List<Entity> e = resolve(article("a", "Helen Marsh, chief executive of Corby Water, apologised on Friday.")
                .person("Helen Marsh", "Corby Water").build());
        assertEquals("ORGANIZATION", named(e, "Corby Water").type(), e.toString());
        assertEquals("PERSON", named(e, "Helen Marsh").type(), e.toString());
    }

    @Test
    void aPersonDescribedAsTheCompanysChiefExecutiveStaysAPerson() {
        List<Entity> e = resolve(article("a", "Daniel Okafor, the company's chief executive, blamed grain prices.")
                .person("Daniel Okafor").build());
        assertEquals("PERSON", named(e, "Daniel Okafor").type(), e.toString());
    }

    @Test
    void aClubNamedByItsTownInAMatchFrameIsAnOrganisation() {
        List<Entity> e = resolve(article("a", "Carstow beat Wendham 3-0 on Saturday. Wendham manager Ian Pollard was angry.")
                .entity("Carstow", "LOCATION").entity("Wendham", "MISC").person("Ian Pollard").build());
        assertEquals("ORGANIZATION", named(e, "Carstow").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Wendham").type(), e.toString());
    }

    @Test
    void playersInAMatchFrameStayPeople() {
        List<Entity> e = resolve(article("a", "Morales beat Lindqvist in straight sets on Sunday.")
                .person("Morales", "Lindqvist").build());
        assertEquals("PERSON", named(e, "Morales").type(), e.toString());
        assertEquals("PERSON", named(e, "Lindqvist").type(), e.toString());
    }

    @Test
    void shipsStormsAndBrandsAreMiscellaneousNames() {
        List<Entity> e = resolve(article("a", "Storm Evander hit the coast. The cargo ship Marella Star lost power. "
                + "Kellmark, the maker of the Sprylo energy drink, paid a fine.")
                .entity("Storm Evander", "ORGANIZATION").entity("Marella Star", "ORGANIZATION")
                .person("Kellmark").entity("Sprylo", "LOCATION").build());
        assertEquals("MISC", named(e, "Storm Evander").type(), e.toString());
        assertEquals("MISC", named(e, "Marella Star").type(), e.toString());
        assertEquals("MISC", named(e, "Sprylo").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Kellmark").type(), e.toString());
    }

    @Test
    void aVenueIsAPlaceAndItsShortFormJoinsIt() {
        List<Entity> e = resolve(article("a", "The Halden Arena will host the awards. Tickets go on sale at the Arena's "
                + "box office.").person("Halden Arena").entity("Arena", "ORGANIZATION").build());
        Entity arena = named(e, "Halden Arena");
        assertNotNull(arena, e.toString());
        assertEquals("LOCATION", arena.type(), e.toString());
        assertTrue(arena.variants().contains("Arena"), e.toString());
        assertNull(named(e, "Arena"), e.toString());
    }

    @Test
    void partiesAreOrganisationsAndAMemberWordIsCutFromTheirName() {
        List<Entity> e = resolve(article("a", "A Labour MP called for an inquiry. The Conservatives said the sale was "
                + "legal. A Conservative spokeswoman agreed.").entity("Labour MP", "ORGANIZATION")
                .entity("Conservatives", "MISC").entity("Conservative", "MISC").build());
        assertEquals("ORGANIZATION", named(e, "Labour").type(), e.toString());
        assertNull(named(e, "Labour MP"), e.toString());
        assertEquals("ORGANIZATION", named(e, "Conservatives").type(), e.toString());
        assertNull(named(e, "Conservative"), e.toString());
    }

    @Test
    void aCompanyNamedAfterWhatItRunsIsAnOrganisationWhateverTheTagger() {
        List<Entity> e = resolve(article("a", "Pilots at the budget airline Skyvane walked out on Monday. The state "
                + "rail operator Ostrava Linka cancelled 300 trains. Skyvane said it would appeal.")
                .person("Skyvane", "Ostrava Linka").build());
        assertEquals("ORGANIZATION", named(e, "Skyvane").type(), e.toString());
        assertEquals("ORGANIZATION", named(e, "Ostrava Linka").type(), e.toString());
    }

    @Test
    void aNameWhoseAppositionIsAShipIsNoPerson() {
        for (String apposition : List.of(", a 220-metre vessel operated by Halvard Lines,", ", a Panama-flagged oil tanker,",
                ", a ferry carrying 300 passengers,")) {
            List<Entity> e = resolve(article("a", "The Marella Star" + apposition + " ran aground on Tuesday. The captain of "
                    + "the Marella Star was arrested.").person("Marella Star", "Marella Star").build());
            assertEquals("MISC", named(e, "Marella Star").type(), apposition + " " + e);
        }
    }

    @Test
    void aPersonWhoseAppositionNamesAShipAsAModifierStaysAPerson() {
        List<Entity> e = resolve(article("a", "Omar Reyes, a ship captain from Lorvik, said the sea was calm.")
                .person("Omar Reyes").entity("Lorvik", "LOCATION").build());
        assertEquals("PERSON", named(e, "Omar Reyes").type(), e.toString());
    }

    @Test
    void aNameBeforeTheNounOfAReefOrReserveIsAPlace() {
        for (String feature : List.of("reef", "bird reserve", "national park", "lagoon")) {
            List<Entity> e = resolve(article("a", "Oil reached the Skarre " + feature + " on Thursday, the coast guard said.")
                    .entity("Skarre", "ORGANIZATION").build());
            assertEquals("LOCATION", named(e, "Skarre").type(), feature + " " + e);
        }
    }

    @Test
    void aCriminalGroupOrSecurityFirmNamedByItsFrameIsAnOrganisation() {
        for (String text : List.of("A hacking group calling itself Grey Osprey said it had stolen the files of Varno Bank.",
                "The files were leaked by Grey Osprey, the ransomware gang behind the attack on Varno Bank.",
                "Researchers at the security firm Grey Osprey said the attack on Varno Bank began in May.")) {
            List<Entity> e = resolve(article("a", text).entity("Grey Osprey", "LOCATION").entity("Varno Bank", "ORGANIZATION")
                    .build());
            assertEquals("ORGANIZATION", named(e, "Grey Osprey").type(), text + " " + e);
        }
    }

    @Test
    void aPlaceAfterAnAppositionOfAGroupOfThingsStaysAPlace() {
        List<Entity> e = resolve(article("a", "Ferries to Skarvholm, a group of islands off the coast, were halted.")
                .entity("Skarvholm", "LOCATION").build());
        assertEquals("LOCATION", named(e, "Skarvholm").type(), e.toString());
    }
}
