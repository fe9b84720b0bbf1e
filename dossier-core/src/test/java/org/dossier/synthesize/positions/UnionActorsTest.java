package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.dossier.synthesize.positions.PositionFixture.positions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * The parties of a labour dispute as actors: "the union" stands for the "Union of …" named before (the head noun
 * before "of"), a stance word after "after"/"before" belongs to that clause's own subject, not to the parties the
 * sentence opens with, and a department named in a person's role ("X, the firm's HR director,") is no actor.
 */
class UnionActorsTest {
    private static final LocalDate DAY = LocalDate.of(2032, 6, 11);

    @Test
    void aStanceAfterASubordinatorIsItsOwnClausesSubjects() {
        List<Position> ps = positions(article("a", "Talks between Velmont Airways and the Association of Velmont "
                + "Pilots collapsed on Friday after the association rejected the pay offer.")
                .entity("Velmont Airways", "ORGANIZATION").entity("Association of Velmont Pilots", "ORGANIZATION"),
                "en", DAY);
        assertTrue(has(ps, "Association of Velmont Pilots", "rejects", "pay offer"), ps.toString());
        assertFalse(has(ps, "Velmont Airways", "rejects", "pay offer"), ps.toString());
    }

    @Test
    void theUnionStandsForTheUnionOfNamedBefore() {
        List<Position> ps = positions(article("a", "The Union of Care Home Workers called a ballot on Monday. "
                + "The union, which has 9,000 members, is demanding a 10 percent pay rise for all staff.")
                .entity("Union of Care Home Workers", "ORGANIZATION"), "en", DAY);
        assertTrue(has(ps, "Union of Care Home Workers", "demands", "pay rise"), ps.toString());
    }

    @Test
    void aSubjectBeforeTheSubordinatedClauseKeepsItsOwnStance() {
        List<Position> ps = positions(article("a", "Mara Lindqvist rejected the offer before the talks ended.")
                .person("Mara Lindqvist"), "en", DAY);
        assertTrue(has(ps, "Mara Lindqvist", "rejects", "offer"), ps.toString());
    }

    @Test
    void aDepartmentInAPersonsRoleIsNoActorButThePersonIs() {
        List<Position> ps = positions(article("a", "Lea Varga, Skyvane's HR director, said the airline was ready to "
                + "talk at any time.").person("Lea Varga").entity("Skyvane", "ORGANIZATION").entity("HR", "ORGANIZATION"),
                "en", DAY);
        assertTrue(ps.stream().noneMatch(p -> p.actor().equals("HR")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Lea Varga")), ps.toString());
    }
}
