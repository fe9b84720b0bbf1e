package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A German separable stance verb is read when its particle closes the clause ("wies die Vorwürfe zurück" rejects,
 * "schloss Zugeständnisse aus" rules out, "schlug Gespräche vor" offers, "stimmte dem Plan zu" accepts: kind
 * "particle" of {@code de/stance-words.txt}), and not otherwise ("wies darauf hin, dass …", "sagte, …"). First
 * read (2026-12-04, the German page of an unseen ferry-strike story): "wies am Dienstag die Vorwürfe … zurück" gave
 * no position.
 */
class GermanSeparableStanceVerbsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 11);

    private static List<Position> in(String text) {
        return PositionFixture.positions(article("a", text).entity("Tarn-Gewerkschaft", "ORGANIZATION"), "de", DAY);
    }

    @Test
    void aSeparableVerbWhoseParticleClosesTheClauseStatesItsStance() {
        assertTrue(has(in("Die Tarn-Gewerkschaft wies die Vorwürfe des Unternehmens zurück."), "Tarn-Gewerkschaft",
                "rejects", "Vorwürfe des Unternehmens"));
        assertTrue(has(in("Die Tarn-Gewerkschaft schloss weitere Zugeständnisse aus."), "Tarn-Gewerkschaft",
                "rules_out", "weitere Zugeständnisse"));
        assertTrue(has(in("Die Tarn-Gewerkschaft schlug neue Gespräche vor."), "Tarn-Gewerkschaft", "offers",
                "neue Gespräche"));
        assertTrue(has(in("Die Tarn-Gewerkschaft stimmte dem Schlichterspruch zu."), "Tarn-Gewerkschaft", "accepts",
                "Schlichterspruch"));
    }

    @Test
    void theVerbWithoutItsParticleStatesNothing() {
        for (String text : List.of("Die Tarn-Gewerkschaft wies darauf hin, dass die Fähren leer fahren.",
                "Die Tarn-Gewerkschaft sagte, die Fähren fahren leer.",
                "Die Tarn-Gewerkschaft wies neue Mitglieder in ihre Aufgaben ein.")) {
            List<Position> ps = in(text);
            assertTrue(ps.isEmpty(), text + ": " + ps);
        }
    }
}
