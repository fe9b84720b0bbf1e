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

/** The general rules that decide what is an entity, of which type, under which name and with which role. */
class EntityRulesTest {
    @Test
    void demonymsAreAttributesOfTheirCountryNotEntities() {
        List<Entity> e = resolve(article("a", "Chilean miners marched in Chile on Monday. The Chilean government"
                + " and Canadian owners met in Santiago.").entity("Chilean", "MISC").entity("Canadian", "MISC")
                .entity("Chile", "LOCATION").entity("Santiago", "LOCATION").build());
        assertNull(named(e, "Chilean"), e.toString());
        assertNull(named(e, "Canadian"), e.toString());
        assertEquals(List.of("Chilean"), named(e, "Chile").attributes());
    }

    @Test
    void prefixedAndCompoundAdjectivesAreAttributes() {
        List<Entity> e = resolve(article("a", "The pro-Chinese party and the ex-Yugoslav states met. Serbian-Chinese"
                + " ties grew while China watched.").entity("pro-Chinese", "MISC").entity("ex-Yugoslav", "MISC")
                .entity("Serbian-Chinese", "MISC").entity("China", "LOCATION").build());
        assertTrue(e.stream().noneMatch(x -> x.type().equals("MISC")), e.toString());
        assertTrue(named(e, "China").attributes().containsAll(List.of("pro-Chinese", "Serbian-Chinese")), e.toString());
    }

    @Test
    void aPrefixedAdjectiveBeforeAnotherHangsOnItsOwnEntity() {
        List<Entity> e = resolve(article("a", "The pro-Russian Ukrainian separatists met Russia's and Ukraine's"
                + " ministers; the anti-Western Chinese press wrote on China.")
                .entity("pro-Russian Ukrainian", "MISC").entity("anti-Western Chinese", "MISC")
                .entity("Russia", "LOCATION").entity("Ukraine", "LOCATION").entity("China", "LOCATION").build());
        assertEquals(List.of("pro-Russian"), named(e, "Russia").attributes(), e.toString());
        assertEquals(List.of("Ukrainian"), named(e, "Ukraine").attributes(), e.toString());
        assertEquals(List.of("Chinese"), named(e, "China").attributes(), e.toString());
    }

    @Test
    void aListedDemonymOfTwoWordsIsAnAttributeOfItsCountry() {
        List<Entity> e = resolve(article("a", "South Korean envoys flew to South Korea's capital on Monday.")
                .entity("South Korean", "MISC").entity("South Korea", "LOCATION").build());
        assertNull(named(e, "South Korean"), e.toString());
        assertEquals(List.of("South Korean"), named(e, "South Korea").attributes(), e.toString());
    }

    @Test
    void aPluralDemonymIsNoEntity() {
        List<Entity> e = resolve(article("a", "Africans and Asians joined the march in Africa.")
                .entity("Africans", "MISC").entity("Asians", "MISC").entity("Africa", "LOCATION").build());
        assertEquals(List.of("Africa"), e.stream().map(Entity::name).toList());
        assertEquals(List.of("Africans"), e.get(0).attributes());
    }

    @Test
    void seatsOfGovernmentAndDepartmentsAreOrganisations() {
        List<Entity> e = resolve(article("a", "The Pentagon and the Elysee disagreed; the Interior Ministry in Oslo"
                + " said nothing.").entity("Pentagon", "LOCATION").entity("Elysee", "LOCATION")
                .entity("Interior Ministry", "LOCATION").entity("Oslo", "LOCATION").build());
        assertEquals("ORGANIZATION", named(e, "Pentagon").type());
        assertEquals("ORGANIZATION", named(e, "Elysee").type());
        assertEquals("ORGANIZATION", named(e, "Interior Ministry").type());
        assertEquals("LOCATION", named(e, "Oslo").type());
    }

    @Test
    void aCountrysOtherNamesAreOneEntity() {
        List<Entity> e = resolve(
                article("a", "The US and the United Kingdom spoke. U.S. envoys left.").entity("US", "LOCATION")
                        .entity("United Kingdom", "LOCATION").entity("U.S.", "LOCATION").build(),
                article("b", "The United States and Britain agreed. The USA will pay.").entity("United States", "LOCATION")
                        .entity("Britain", "LOCATION").entity("USA", "MISC").build(),
                article("c", "The United States said no.").entity("United States", "LOCATION").build());
        assertEquals(2, e.size(), e.toString());
        Entity us = named(e, "United States");
        assertNotNull(us, e.toString());
        assertTrue(us.variants().containsAll(List.of("US", "U.S.", "USA")), us.toString());
        assertEquals("LOCATION", us.type());
    }

    @Test
    void aBodysAcronymAndItsLongFormAreOneEntity() {
        List<Entity> e = resolve(article("a", "The Organization for Security and Co-operation in Europe met in Vienna."
                + " The OSCE chair spoke.").entity("Organization for Security and Co-operation in Europe", "ORGANIZATION")
                .entity("OSCE", "ORGANIZATION").entity("Vienna", "LOCATION").build());
        assertEquals(2, e.size(), e.toString());
        assertEquals(2, e.get(0).mentions().size(), e.toString());
    }

    @Test
    void aLeadingDemonymIsCutFromAPlaceButRegionNamesStayWhole() {
        List<Entity> e = resolve(article("a", "Protests spread in South American Bolivia, across Eastern Europe and"
                + " on the Caspian Sea.").entity("South American Bolivia", "LOCATION").entity("Eastern Europe", "LOCATION")
                .entity("Caspian Sea", "LOCATION").build());
        assertEquals(List.of("Bolivia", "Caspian Sea", "Eastern Europe"), e.stream().map(Entity::name).sorted().toList());
    }

    @Test
    void aRoleInApostionKeepsItsLowerCaseModifiers() {
        List<Entity> e = resolve(article("a", "Mara Voss, the city council's press secretary, said the vote was"
                + " delayed.").person("Mara Voss").build());
        assertEquals(List.of("the city council's press secretary").toString().replace("the ", ""),
                named(e, "Mara Voss").roles().toString(), e.toString());
    }

    @Test
    void aTitlePhraseBeforeANameGivesItsRole() {
        List<Entity> e = resolve(article("a", "Harbour Authority press officer Tom Reyes denied it.")
                .person("Tom Reyes").build());
        assertEquals(List.of("Harbour Authority press officer"), named(e, "Tom Reyes").roles());
    }

    @Test
    void aRoleCutOffByASentenceBreakIsStillTheNamesRole() {
        List<Entity> e = resolve(article("a", "\u201cWe will wait,\u201d said a Port Board spokeswoman. Lena Park.")
                .person("Lena Park").build());
        assertEquals(List.of("Port Board spokeswoman"), named(e, "Lena Park").roles());
    }

    @Test
    void anOfficeWithItsInstitutionGivesTheRole() {
        List<Entity> e = resolve(article("a", "Professor of History at Lake College Ann Moss disagreed.")
                .person("Ann Moss").build());
        assertEquals(List.of("Professor of History at Lake College"), named(e, "Ann Moss").roles());
    }

    @Test
    void aPlatformTaggedAsAThingIsAnOrganisation() {
        List<Entity> e = resolve(article("a", "She wrote on Telegram that the road was closed.")
                .entity("Telegram", "MISC").build());
        assertEquals("ORGANIZATION", named(e, "Telegram").type());
    }

    @Test
    void aGroupNamedByAPluralOfficeIsNoEntity() {
        List<Entity> e = resolve(article("a", "A meeting of Nordic Trade Ministers and the Council of Ministers.")
                .entity("Nordic Trade Ministers", "ORGANIZATION").entity("Council of Ministers", "ORGANIZATION").build());
        assertEquals(List.of("Council of Ministers"), e.stream().map(Entity::name).toList());
    }

    @Test
    void aNamedMeetingIsAnEventNotAnOrganisation() {
        List<Entity> e = resolve(article("a", "Leaders flew to the Lisbon Summit.").entity("Lisbon Summit", "ORGANIZATION")
                .build());
        assertEquals("MISC", named(e, "Lisbon Summit").type());
    }

    @Test
    void anAcronymDefinedInParenthesesIsItsLongForm() {
        // its letters are not the English name's initials (a name translated from another language)
        List<Entity> e = resolve(article("a", "The Harbour Pilots Guild (LHV) called a strike. The LHV said pay was low.")
                .entity("Harbour Pilots Guild", "ORGANIZATION").entity("LHV", "ORGANIZATION").build());
        assertEquals(1, e.size(), e.toString());
        assertEquals(3, e.get(0).mentions().size(), e.toString());
    }

    @Test
    void anOrganisationReadWithTheOfficeBeforeItIsThePartAfterAt() {
        List<Entity> e = resolve(article("a", "Chair of Soil Science at Lund Agricultural Institute Eva Berg warned.")
                .entity("Soil Science at Lund Agricultural Institute", "ORGANIZATION").person("Eva Berg").build());
        assertNotNull(named(e, "Lund Agricultural Institute"), e.toString());
    }

    @Test
    void capitalUsIsTheCountryNotThePronoun() {
        List<Entity> e = resolve(article("a", "Talks with the US resumed.").entity("US", "LOCATION").build());
        assertEquals(List.of("US"), e.stream().map(Entity::name).toList());
    }
}
