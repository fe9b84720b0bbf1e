package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A name in a clause a subordinator opens with a gerund ("after drinking Velmora formula") is that gerund's object,
 * never the subject of the stance word after the clause; a subordinate clause with a subject of its own still gives
 * the stance to that subject.
 */
class GerundClauseObjectsTest {
    private static final LocalDate DAY = LocalDate.of(2034, 3, 7);

    @Test
    void aNameAfterASubordinatorAndAGerundIsNoSubjectOfTheDemand() {
        List<Position> ps = PositionFixture.positions(article("a", "A group of parents whose children fell ill after "
                + "drinking Velmora formula demanded on Monday that the company set up a compensation fund.")
                .entity("Velmora", "ORGANIZATION"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("Velmora")), ps.toString());
    }

    @Test
    void aNameOpeningTheSentenceBeforeAGerundClauseStillHoldsTheStance() {
        List<Position> ps = PositionFixture.positions(article("a", "Oskar Delmont, speaking after meeting Velmora "
                + "managers, demanded a full recall of the formula.").person("Oskar Delmont").entity("Velmora", "ORGANIZATION"), "en", DAY);
        assertTrue(PositionFixture.has(ps, "Oskar Delmont", "demands", "recall"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("Velmora")), ps.toString());
    }

    @Test
    void aSubordinateClauseWithASubjectOfItsOwnStillGivesItTheStance() {
        List<Position> ps = PositionFixture.positions(article("a", "Talks collapsed on Friday after Velmora rejected "
                + "the union's demand for a pay guarantee.").entity("Velmora", "ORGANIZATION"), "en", DAY);
        assertTrue(PositionFixture.has(ps, "Velmora", "rejects", "pay guarantee"), ps.toString());
    }
}
