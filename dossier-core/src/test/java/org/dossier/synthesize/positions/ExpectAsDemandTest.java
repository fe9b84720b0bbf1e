package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * "We expect ..." in a quote is a forecast ("we expect the results on Friday"), not a demand; only "expect of" or
 * "expect from" someone asks something of them. First read (main, 2026-12-02): the forecast was read as a demand.
 */
class ExpectAsDemandTest {
    private static final LocalDate DAY = LocalDate.of(2034, 3, 8);

    private static List<Position> positions(String quote) {
        String text = "\u201c" + quote + "\u201d said Nora Fell.";
        List<AnnotatedArticle> list = List.of(article("a", text).person("Nora Fell")
                .quote(quote, "Nora Fell", null).meta("x", "t", DAY, DAY).build());
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of());
    }

    @Test
    void aForecastWithExpectIsNoDemand() {
        List<Position> ps = positions("The work is on schedule and we expect the audit report on Friday,");
        assertTrue(ps.stream().noneMatch(p -> p.stance().equals("demands")), ps.toString());
    }

    @Test
    void expectFromSomeoneIsADemand() {
        List<Position> ps = positions("We expect from the ministry a clear answer this week,");
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Nora Fell") && p.stance().equals("demands")), ps.toString());
    }
}
