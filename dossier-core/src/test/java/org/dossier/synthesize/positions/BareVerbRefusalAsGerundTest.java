package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A refusal of a bare verb ("the government would not pay.") is shown as what is refused, a gerund ("paying"), not as a
 * bare verb that reads like an order. First read (branch stances2 from d5a2cae, 2026-12-03): 0 of 2 (bare verbs).
 */
class BareVerbRefusalAsGerundTest {
    private static final LocalDate DAY = LocalDate.of(2034, 7, 4);

    @Test
    void aRefusedBareVerbIsShownAsAGerund() {
        List<Position> ps = PositionFixture.positions(article("a", "Finance Minister Idris Vane said the government would not pay.")
                .person("Idris Vane"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("rejects") && p.proposition().equals("paying")),
                ps.toString());
    }

    @Test
    void aSilentEIsDroppedBeforeTheGerundEnding() {
        List<Position> ps = PositionFixture.positions(article("a", "Opposition leader Greta Olm said the government would "
                + "not resign.").person("Greta Olm"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("rejects") && p.proposition().equals("resigning")),
                ps.toString());
    }
}
