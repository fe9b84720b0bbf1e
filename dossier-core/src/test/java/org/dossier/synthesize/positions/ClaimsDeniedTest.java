package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A denial reads its content: "denied that X" denies X, and a rejected or denied claim ("denied reports that X",
 * "rejected claims that X", "dismissed suggestions that X", "negó las informaciones de que X", "bestritt Berichte,
 * wonach X": {@code claim-nouns.txt}) denies X. First read (branch pos18 from c7c24e8, 2026-12-03): "denies:
 * reports that …", "rejects: claims that …".
 */
class ClaimsDeniedTest {
    private static final LocalDate DAY = LocalDate.of(2033, 4, 11);

    private static List<Position> in(String lang, String text, String person) {
        return PositionFixture.positions(article("a", text).person(person), lang, DAY);
    }

    @Test
    void aDenialThatAClauseHoldsDeniesTheClause() {
        for (String text : List.of("Interior Minister Pavel Drenko denied that the closure of the pass was political.",
                "Interior Minister Pavel Drenko on Monday denied the closure of the pass was political.")) {
            assertTrue(has(in("en", text, "Pavel Drenko"), "Pavel Drenko", "denies", "closure of the pass was political"),
                    text);
        }
    }

    @Test
    void aDeniedOrRejectedClaimDeniesItsContent() {
        for (String verb : List.of("denied reports", "rejected claims", "dismissed suggestions", "rejected allegations")) {
            String text = "Interior Minister Pavel Drenko " + verb + " that the relief money had gone missing.";
            List<Position> ps = in("en", text, "Pavel Drenko");
            assertTrue(has(ps, "Pavel Drenko", "denies", "relief money had gone missing"), verb + ": " + ps);
        }
    }

    @Test
    void aSpanishDeniedClaimDeniesItsContent() {
        List<Position> ps = in("es", "El ministro Pavel Drenko negó las informaciones de que el ejército fue "
                + "desplegado en Olmeda.", "Pavel Drenko");
        assertTrue(has(ps, "Pavel Drenko", "denies", "ejército fue desplegado"), ps.toString());
    }

    @Test
    void aGermanDeniedClaimDeniesItsContent() {
        List<Position> ps = in("de", "Innenminister Pavel Drenko bestritt Berichte, wonach die Armee in Olmeda "
                + "eingesetzt wurde.", "Pavel Drenko");
        assertTrue(has(ps, "Pavel Drenko", "denies", "Armee in Olmeda eingesetzt wurde"), ps.toString());
    }
}
