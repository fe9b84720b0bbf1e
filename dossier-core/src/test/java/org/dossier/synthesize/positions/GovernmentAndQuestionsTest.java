package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.ArticleFixture;
import org.junit.jupiter.api.Test;

/**
 * "The government" acts as one party like "the opposition" (English and German), but not as a modifier ("government
 * officials"); a demand for an inquiry into an indirect question keeps the question whole across a time expression
 * inside it ("why schools built after 2020 collapsed").
 */
class GovernmentAndQuestionsTest {
    private static final LocalDate DAY = LocalDate.of(2032, 3, 9);

    private static List<Position> positions(ArticleFixture f, String language) {
        return PositionFixture.positions(f, language, DAY);
    }

    @Test
    void theGovernmentRejectingAnAccusationIsItsPosition() {
        List<Position> ps = positions(article("a", "The government rejected the accusation that safety rules had "
                + "been ignored."), "en");
        // rejecting the accusation that X is denying X (ClaimsDeniedTest); the party is the government either way
        assertTrue(has(ps, "the government", "denies", "safety rules had been ignored"), ps.toString());
    }

    @Test
    void dieRegierungLehntAbIsItsPosition() {
        List<Position> ps = positions(article("a", "Die Regierung lehnte den Vorwurf ab, die Bauvorschriften seien "
                + "missachtet worden."), "de");
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("die Regierung")), ps.toString());
    }

    @Test
    void governmentAsAModifierIsNoActor() {
        List<Position> ps = positions(article("a", "Government officials rejected the plan."), "en");
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("the government")), ps.toString());
    }

    @Test
    void anInquiryIntoWhyKeepsTheQuestionAcrossItsTimeExpression() {
        List<Position> ps = positions(article("a", "The opposition demanded an independent inquiry into why two "
                + "bridges built after 2019 collapsed.").time("after 2019", DAY, "year"), "en");
        assertTrue(has(ps, "the opposition", "demands", "why two bridges built after 2019 collapsed"), ps.toString());
    }

    @Test
    void aTimeAfterTheDemandStillEndsIt() {
        List<Position> ps = positions(article("a", "The opposition demanded an inquiry on Monday.")
                .time("on Monday", DAY, "day"), "en");
        assertTrue(ps.stream().anyMatch(p -> p.proposition().equals("inquiry")), ps.toString());
    }
}
