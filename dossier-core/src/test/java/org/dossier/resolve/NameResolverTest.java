package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

class NameResolverTest {
    private final NameResolver resolver = new NameResolver();

    private static List<Entity> people(List<Entity> entities) {
        return entities.stream().filter(e -> e.type().equals("PERSON")).toList();
    }

    @Test
    void transliterationVariantsOfGivenAndFamilyNameMerge() {
        AnnotatedArticle a = article("a", "Sergei Ryabkov led the delegation. Ryabkov said little afterwards.")
                .person("Sergei Ryabkov", "Ryabkov").build();
        AnnotatedArticle b = article("b", "Sergey Riabkov spoke to state television on Tuesday.")
                .person("Sergey Riabkov").build();
        List<Entity> people = people(resolver.resolve(List.of(a, b)));
        assertEquals(1, people.size(), people.toString());
        Entity e = people.get(0);
        assertEquals(List.of("a", "b"), e.articles());
        assertEquals(3, e.mentions().size());
        assertTrue(e.variants().containsAll(List.of("Sergei Ryabkov", "Sergey Riabkov", "Ryabkov")));
    }

    @Test
    void honorificSurnameWithVariantSpellingJoinsFullName() {
        AnnotatedArticle a = article("a", "Kremlin spokesman Dmitry Peskov told reporters the talks had failed. "
                + "Mr Peskoff said Moscow would keep talking.").person("Dmitry Peskov", "Mr Peskoff").build();
        List<Entity> people = people(resolver.resolve(List.of(a)));
        assertEquals(1, people.size(), people.toString());
        assertEquals("Dmitry Peskov", people.get(0).name());
        assertEquals(2, people.get(0).mentions().size());
    }

    @Test
    void differentSurnamesSharingAGivenNameStayApart() {
        AnnotatedArticle a = article("a", "Sergei Lavrov met Sergei Shoigu in the capital. Lavrov left early.")
                .person("Sergei Lavrov", "Sergei Shoigu", "Lavrov").build();
        List<Entity> people = people(resolver.resolve(List.of(a)));
        assertEquals(2, people.size(), people.toString());
        assertEquals(2, named(people, "Sergei Lavrov").mentions().size());
        assertEquals(1, named(people, "Sergei Shoigu").mentions().size());
    }

    @Test
    void sameSurnameWithDifferentGivenNamesStayApart() {
        AnnotatedArticle a = article("a", "Anna Kowalski and Marek Kowalski both signed the letter.")
                .person("Anna Kowalski", "Marek Kowalski").build();
        assertEquals(2, people(resolver.resolve(List.of(a))).size());
    }

    @Test
    void rolesComeFromDescriptionsBeforeAndAfterTheName() {
        AnnotatedArticle a = article("a", "Russia's deputy foreign minister Sergei Ryabkov arrived first. "
                + "US Deputy Secretary of State Wendy Sherman followed. "
                + "Jan Nowak, Poland's Foreign Minister, opened the session. "
                + "Anna Berg told reporters nothing.")
                .person("Sergei Ryabkov", "Wendy Sherman", "Jan Nowak", "Anna Berg").build();
        List<Entity> all = resolver.resolve(List.of(a));
        assertEquals(List.of("Russia's deputy foreign minister"), named(all, "Sergei Ryabkov").roles());
        assertEquals(List.of("US Deputy Secretary of State"), named(all, "Wendy Sherman").roles());
        assertEquals(List.of("Poland's Foreign Minister"), named(all, "Jan Nowak").roles());
        assertEquals(List.of(), named(all, "Anna Berg").roles());
    }

    @Test
    void titleInsideTheMentionIsStrippedAndKeptAsRole() {
        AnnotatedArticle a = article("a", "President Vladimir Putin spoke. Vladimir Putin then left.")
                .person("President Vladimir Putin").build();
        List<Entity> people = people(resolver.resolve(List.of(a)));
        assertEquals(1, people.size());
        assertEquals("Vladimir Putin", people.get(0).name());
        assertEquals(List.of("President"), people.get(0).roles());
    }

    @Test
    void hyphenatedRankIsStrippedFromTheName() {
        AnnotatedArticle a = article("a", "Colonel-General Pavel Orlov inspected the unit.")
                .person("Colonel-General Pavel Orlov").build();
        Entity e = people(resolver.resolve(List.of(a))).get(0);
        assertEquals("Pavel Orlov", e.name());
        assertEquals(List.of("Colonel-General"), e.roles());
    }

    @Test
    void pronounsAndLowercaseJunkAreDropped() {
        AnnotatedArticle a = article("a", "He said the ministry x would reply. She agreed.")
                .person("He", "She").entity("ministry", "ORGANIZATION").entity("x", "PERSON").build();
        assertTrue(resolver.resolve(List.of(a)).isEmpty());
    }

    @Test
    void typeIsSettledByMajorityAcrossArticles() {
        AnnotatedArticle a = article("a", "Talks in Vantor ended.").entity("Vantor", "LOCATION").build();
        AnnotatedArticle b = article("b", "Delegates gathered in Vantor.").entity("Vantor", "LOCATION").build();
        AnnotatedArticle c = article("c", "Vantor hosted them.").entity("Vantor", "ORGANIZATION").build();
        List<Entity> all = resolver.resolve(List.of(a, b, c));
        assertEquals(1, all.size());
        assertEquals("LOCATION", all.get(0).type());
        assertEquals(3, all.get(0).mentions().size());
    }

    @Test
    void acronymJoinsTheFullOrganisationName() {
        AnnotatedArticle a = article("a", "The Organization for Security and Co-operation in Europe met. The OSCE "
                + "chair spoke.").entity("Organization for Security and Co-operation in Europe", "ORGANIZATION")
                .entity("OSCE", "ORGANIZATION").build();
        List<Entity> all = resolver.resolve(List.of(a));
        assertEquals(1, all.size(), all.toString());
        assertEquals(List.of("Organization for Security and Co-operation in Europe", "OSCE").size(),
                all.get(0).variants().size());
    }

    @Test
    void dottedAcronymAndArticleVariantJoinTheFullName() {
        AnnotatedArticle a = article("a", "The United States said no. United States envoys left. U.S. officials agreed.")
                .entity("The United States", "ORGANIZATION").entity("United States", "LOCATION")
                .entity("U.S.", "LOCATION").build();
        List<Entity> all = resolver.resolve(List.of(a));
        assertEquals(1, all.size(), all.toString());
        assertEquals("LOCATION", all.get(0).type());
        assertEquals("United States", all.get(0).name());
        assertEquals("United States", all.get(0).name());
        assertEquals(3, all.get(0).mentions().size());
    }

    @Test
    void speakerLookupMapsHonorificVariantToCanonicalName() {
        AnnotatedArticle a = article("a", "Dmitry Peskov spoke. Sergei Ryabkov did not.")
                .person("Dmitry Peskov", "Sergei Ryabkov").build();
        EntityIndex index = new EntityIndex(resolver.resolve(List.of(a)));
        assertEquals("Dmitry Peskov", index.canonical("Mr Peskoff"));
        assertEquals("Sergei Ryabkov", index.canonical("Riabkov"));
        assertNotNull(index.at("a", 0));
        assertNull(index.canonical("Wendy Sherman"));
    }

    @Test
    void trailingLocationWordReadIntoAPersonNameIsTrimmed() {
        AnnotatedArticle a = article("a", "Talks ended, said Ivo Brandt Norland. Norland rejected the plan. "
                + "Norland will reply.").person("Ivo Brandt Norland").entity("Norland", "LOCATION").build();
        AnnotatedArticle b = article("b", "Ivo Brandt spoke in Norland.").person("Ivo Brandt")
                .entity("Norland", "LOCATION").build();
        List<Entity> all = resolver.resolve(List.of(a, b));
        Entity person = named(all, "Ivo Brandt");
        assertNotNull(person, all.toString());
        assertEquals(2, person.mentions().size());
        assertEquals("Ivo Brandt".length(), person.mentions().get(0).end() - person.mentions().get(0).start());
        assertEquals(3, named(all, "Norland").mentions().size());
    }

    @Test
    void frequentPlaceNameIsNotAbsorbedByPersonWithThatSurname() {
        AnnotatedArticle a = article("a", "Actor Lena Vantor visited Vantor. Crowds in Vantor cheered. Vantor is cold.")
                .person("Lena Vantor").entity("Vantor", "LOCATION").build();
        List<Entity> all = resolver.resolve(List.of(a));
        assertEquals(1, named(all, "Lena Vantor").mentions().size());
        assertEquals("LOCATION", named(all, "Vantor").type());
    }

    @Test
    void ambiguousSurnameStaysUnattached() {
        AnnotatedArticle a = article("a", "Anna Kowalski and Marek Kowalski signed.").person("Anna Kowalski",
                "Marek Kowalski").build();
        AnnotatedArticle b = article("b", "Kowalski declined to comment.").person("Kowalski").build();
        List<Entity> all = resolver.resolve(List.of(a, b));
        assertEquals(1, named(all, "Anna Kowalski").mentions().size());
        assertEquals(1, named(all, "Marek Kowalski").mentions().size());
        assertNotNull(named(all, "Kowalski"));
    }

    @Test
    void speakerLookupIgnoresLeadingDescriptionAndArticle() {
        AnnotatedArticle a = article("a", "Dmitry Peskov spoke for the Kremlin. The Kremlin agreed.")
                .person("Dmitry Peskov").entity("Kremlin", "ORGANIZATION").build();
        EntityIndex index = new EntityIndex(resolver.resolve(List.of(a)));
        assertEquals("Dmitry Peskov", index.canonical("Kremlin spokesman Dmitry Peskov"));
        assertEquals("Kremlin", index.canonical("the Kremlin"));
        assertNull(index.canonical("a senior official"));
    }
}
