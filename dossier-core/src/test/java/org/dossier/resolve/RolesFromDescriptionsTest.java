package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * The role a person's entity carries from the description next to the name: set off by a comma before it ("His
 * lawyer, Mara Olsen,"), in apposition after it with the body the office is at, with a field ("a professor of
 * agronomy"), academic titles kept, possessive determiners left out; German and French role words and compounds.
 */
class RolesFromDescriptionsTest {
    private final NameResolver resolver = new NameResolver();

    private List<String> roles(String name, AnnotatedArticle a) {
        Entity e = resolver.resolve(List.of(a)).stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        assertNotNull(e, name);
        return e.roles();
    }

    @Test
    void aDescriptionSetOffByACommaBeforeTheNameIsItsRole() {
        AnnotatedArticle a = article("a", "The former mayor denied the charges. His lawyer, Mara Olsen, said her client"
                + " would fight every count.").person("Mara Olsen").build();
        assertEquals(List.of("lawyer"), roles("Mara Olsen", a));
    }

    @Test
    void aCourtesyFormBetweenTheOfficeAndTheNameIsNoPartOfTheRole() {
        AnnotatedArticle a = article("a", "\"We are sorry,\" said chief executive Dr Mara Olsen on Monday.")
                .person("Mara Olsen").build();
        assertEquals(List.of("chief executive"), roles("Mara Olsen", a));
    }

    @Test
    void anOfficeEndingAnEarlierClauseIsNoRoleOfTheNameAfterTheComma() {
        AnnotatedArticle a = article("a", "After meeting the minister, Mara Olsen said the talks had failed.")
                .person("Mara Olsen").build();
        assertEquals(List.of(), roles("Mara Olsen", a));
    }

    @Test
    void anAppositionKeepsTheBodyTheOfficeIsAt() {
        AnnotatedArticle a = article("a", "Anna Lind, an analyst at Berrow Securities, said the cut was large.")
                .person("Anna Lind").entity("Berrow Securities", "ORGANIZATION").build();
        assertEquals(List.of("analyst at Berrow Securities"), roles("Anna Lind", a));
    }

    @Test
    void anOfficeWithItsFieldRunningToTheSentenceEndIsARole() {
        AnnotatedArticle a = article("a", "Yields will fall, said Maria Kowalczyk, a professor of agronomy at the"
                + " University of Silesia.").person("Maria Kowalczyk").entity("University of Silesia", "ORGANIZATION")
                .build();
        assertEquals(List.of("professor of agronomy at the University of Silesia"), roles("Maria Kowalczyk", a));
    }

    @Test
    void aPossessiveDeterminerIsNotPartOfTheRole() {
        AnnotatedArticle a = article("a", "The union called a strike. Its general secretary, Colm Feeney, said talks"
                + " had collapsed.").person("Colm Feeney").build();
        assertEquals(List.of("general secretary"), roles("Colm Feeney", a));
    }

    @Test
    void theCompanysChiefExecutiveInAppositionIsARole() {
        AnnotatedArticle a = article("a", "Daniel Okafor, the company's chief executive, blamed grain prices.")
                .person("Daniel Okafor").build();
        assertEquals(List.of("company's chief executive"), roles("Daniel Okafor", a));
    }

    @Test
    void anAcademicTitleIsKeptAsARoleAndMrIsNot() {
        AnnotatedArticle a = article("a", "Dr. Samir Haddad leads the review. Mr. Tom Hale chairs the board.")
                .person("Dr. Samir Haddad", "Mr. Tom Hale").build();
        assertEquals(List.of("Dr."), roles("Samir Haddad", a));
        assertEquals(List.of(), roles("Tom Hale", a));
    }

    @Test
    void aGermanDescriptionBeforeTheNameAndACompoundOfficeAreRoles() {
        AnnotatedArticle a = article("a", "Seine Anwältin, Mara Olsen, sagte, er sei unschuldig. "
                + "Bundesinnenministerin Katrin Vogel sprach in Berlin.").person("Mara Olsen", "Katrin Vogel").build();
        assertEquals(List.of("Anwältin"), roles("Mara Olsen", a));
        assertEquals(List.of("Bundesinnenministerin"), roles("Katrin Vogel", a));
    }

    @Test
    void aFrenchDescriptionBeforeTheNameIsARole() {
        AnnotatedArticle a = article("a", "Son avocate, Claire Dumas, a annoncé qu'elle ferait appel.")
                .person("Claire Dumas").build();
        assertEquals(List.of("avocate"), roles("Claire Dumas", a));
    }
}
