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

class EntityNoiseTest {
    private final NameResolver resolver = new NameResolver();

    @Test
    void oneWordPersonThatIsACommonWordIsDropped() {
        AnnotatedArticle a = article("a", "Said the mayor: the dam held. Downstream, the port is flooded. "
                + "Villages downstream were cut off. Dunmore said the water rose fast.")
                .person("Said", "Downstream", "Dunmore").build();
        List<Entity> entities = resolver.resolve(List.of(a));
        assertNull(named(entities, "Said"), entities.toString());
        assertNull(named(entities, "Downstream"), entities.toString());
        assertNotNull(named(entities, "Dunmore"), entities.toString());
    }

    @Test
    void commonWordInsideALongerNameKeepsItsMentions() {
        AnnotatedArticle a = article("a", "Frank Miller arrived late. Frank said he was sorry.")
                .person("Frank Miller", "Frank").build();
        List<Entity> entities = resolver.resolve(List.of(a));
        assertNotNull(named(entities, "Frank Miller"), entities.toString());
        assertEquals(2, entities.stream().filter(e -> e.type().equals("PERSON")).mapToInt(e -> e.mentions().size())
                .sum(), entities.toString());
    }

    @Test
    void leadingWordReadElsewhereAsAnOrganisationIsTrimmedFromAPersonName() {
        AnnotatedArticle a = article("a", "Minister for Emergencies Taras Brel flew in. The Emergencies office "
                + "said more. Taras Brel spoke later.").person("Emergencies Taras Brel", "Taras Brel")
                .entity("Emergencies", "ORGANIZATION").build();
        AnnotatedArticle b = article("b", "Emergencies staff worked all night.").entity("Emergencies", "ORGANIZATION")
                .build();
        List<Entity> entities = resolver.resolve(List.of(a, b));
        Entity brel = named(entities, "Taras Brel");
        assertNotNull(brel, entities.toString());
        assertEquals(2, brel.mentions().size());
        assertNull(named(entities, "Emergencies Taras Brel"));
    }

    @Test
    void oneWordShortFormJoinsTheOrganisationItOpens() {
        AnnotatedArticle a = article("a", "Quillor Labs unveiled a tablet. Quillor, founded in 2019, employs 140.")
                .entity("Quillor Labs", "ORGANIZATION").person("Quillor").build();
        AnnotatedArticle b = article("b", "Quillor said the tablet ships in April.").person("Quillor").build();
        List<Entity> entities = resolver.resolve(List.of(a, b));
        Entity org = named(entities, "Quillor Labs");
        assertNotNull(org, entities.toString());
        assertEquals("ORGANIZATION", org.type());
        assertEquals(3, org.mentions().size());
        assertTrue(entities.stream().noneMatch(e -> e.type().equals("PERSON")), entities.toString());
    }

    @Test
    void peopleComeFirstThenOrganisationsPlacesAndOtherNames() {
        // a nationality ("Varnian troops") is an attribute of Varnia now, not an entity: a named cup is the MISC
        AnnotatedArticle a = article("a", "Varnia and Varnia again: the Varnian Cup, the League and Varnia. "
                + "Mira Holt spoke.").entity("Varnian Cup", "MISC").entity("Varnia", "LOCATION")
                .entity("League", "ORGANIZATION").person("Mira Holt").build();
        List<String> types = resolver.resolve(List.of(a)).stream().map(Entity::type).toList();
        assertEquals(List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC"), types);
    }

    @Test
    void personTaggedNameBuiltOnAPlaceOfTheStoryIsAnOrganisation() {
        AnnotatedArticle a = article("a", "The Brova burst its banks. Brova Power runs the dam on the Brova. "
                + "Villages along the Brova were cut off. Brova Power said repairs began. Minister Ada Brovik spoke.")
                .person("Brova Power", "Ada Brovik").entity("Brova", "LOCATION").build();
        List<Entity> entities = resolver.resolve(List.of(a));
        assertEquals("ORGANIZATION", named(entities, "Brova Power").type(), entities.toString());
        assertEquals("PERSON", named(entities, "Ada Brovik").type());
    }

    @Test
    void aOneWordNameShapedLikeABrandIsNoPerson() {
        AnnotatedArticle a = article("a", "Mara DeLuca told KTVx on Monday that McKay would resign.")
                .person("Mara DeLuca", "KTVx", "McKay").build();
        List<Entity> entities = resolver.resolve(List.of(a));
        assertEquals("ORGANIZATION", named(entities, "KTVx").type(), entities.toString());
        assertEquals("PERSON", named(entities, "Mara DeLuca").type(), entities.toString());
        assertEquals("PERSON", named(entities, "McKay").type(), entities.toString());
    }

    @Test
    void aPortfolioInAnOfficeTitleIsNoOrganisation() {
        AnnotatedArticle a = article("a", "Minister for Emergencies Ana Brel and the Osrian Environment Minister met "
                + "Nordcom Secretary General Piet Aalders. The emergencies ministry said the environment agency and Osrian "
                + "troops would help.")
                .person("Ana Brel", "Piet Aalders").entity("Emergencies", "ORGANIZATION")
                .entity("Osrian Environment", "ORGANIZATION").entity("Osrian", "MISC").entity("Nordcom", "ORGANIZATION")
                .build();
        List<Entity> entities = resolver.resolve(List.of(a));
        assertNull(named(entities, "Emergencies"), entities.toString());
        assertNull(named(entities, "Osrian Environment"), entities.toString());
        assertNotNull(named(entities, "Nordcom"), entities.toString());
    }
}
