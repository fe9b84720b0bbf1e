package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * "X called on Y to Z" is X demanding that Y do Z; a stance verb inside a relative clause after it ("the report,
 * which she said had warned of ...") has the relative clause's antecedent as subject, not X. First read (branch
 * stances2 from d5a2cae, 2026-12-03): 0 of 2 (no demand was read; the speaker was given the report's warning).
 */
class CallingOnSomeoneToActTest {
    private static final LocalDate DAY = LocalDate.of(2034, 6, 2);

    @Test
    void callingOnSomeoneToActIsADemand() {
        List<Position> ps = PositionFixture.positions(article("a", "Councillor Maren Holt called on the port "
                + "authority to release the safety inspection.").person("Maren Holt"), "en", DAY);
        assertTrue(has(ps, "Maren Holt", "demands", "release the safety inspection"), ps.toString());
    }

    @Test
    void aWarningInsideARelativeClauseIsNotTheSpeakers() {
        List<Position> ps = PositionFixture.positions(article("a", "Councillor Maren Holt called on the port "
                + "authority to release the inspection, which she said had warned of corroded cranes.")
                .person("Maren Holt"), "en", DAY);
        assertFalse(has(ps, "Maren Holt", "warns", "corroded"), ps.toString());
    }
}
