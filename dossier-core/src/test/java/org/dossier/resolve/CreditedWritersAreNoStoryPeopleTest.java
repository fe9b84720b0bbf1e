package org.dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Credit;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * The writers and editors an article credits, named in its closing credit line ("(Reporting by A; Editing by B)"),
 * are not people of the story; a credited writer the story's prose is about still is.
 */
class CreditedWritersAreNoStoryPeopleTest {
    private static final String BODY = "Mayor Ilka Brandt urged both sides to return to talks on Monday.";

    private static List<Entity> resolve(String text, String... people) {
        AnnotatedArticle a = ArticleFixture.article("a", text).person(people)
                .credit(Credit.Kind.AUTHOR, "Karin Ostholt").credit(Credit.Kind.EDITOR, "Paul Merrow").build();
        return new NameResolver().resolve(List.of(a));
    }

    @Test
    void writersAndEditorsInTheCreditLineAreNoEntities() {
        List<Entity> e = resolve(BODY + "\n\n(Reporting by Karin Ostholt; Editing by Paul Merrow)",
                "Ilka Brandt", "Karin Ostholt", "Paul Merrow");
        assertNotNull(ArticleFixture.named(e, "Ilka Brandt"), e.toString());
        assertNull(ArticleFixture.named(e, "Karin Ostholt"), e.toString());
        assertNull(ArticleFixture.named(e, "Paul Merrow"), e.toString());
    }

    @Test
    void aCreditedWriterTheProseIsAboutStaysAPerson() {
        List<Entity> e = resolve(BODY + " Karin Ostholt, who covered the talks for a decade, was arrested on Tuesday by "
                + "police in Dornhall after she filmed the depot, her lawyer said.\n\n(Reporting by Paul Merrow)",
                "Ilka Brandt", "Karin Ostholt", "Paul Merrow");
        assertNotNull(ArticleFixture.named(e, "Karin Ostholt"), e.toString());
    }
}
