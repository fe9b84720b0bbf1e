package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.ArticleFixture;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A stance word in a later clause with a subject of its own that is no name ("…, after the electoral commission
 * rejected his demand") is not the position of the name that opens the sentence; a name's own later clause still is.
 */
class OwnClauseSubjectTest {
    private static final LocalDate DAY = LocalDate.of(2033, 5, 6);

    private static List<Position> positions(ArticleFixture f) {
        List<AnnotatedArticle> list = List.of(f.meta("x", "t", DAY, DAY).build());
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of());
    }

    @Test
    void aDescribedSubjectInALaterClauseKeepsTheOpeningNameOut() {
        List<Position> ps = positions(article("a", "Tomas Vale conceded defeat on Friday, two days after the "
                + "electoral commission rejected his demand for a recount.").person("Tomas Vale"));
        assertTrue(ps.stream().noneMatch(p -> p.actor().equals("Tomas Vale") && p.stance().equals("rejects")), ps.toString());
    }

    @Test
    void theOpeningNamesOwnLaterClauseIsStillItsPosition() {
        List<Position> ps = positions(article("a", "Tomas Vale spoke on Friday, and firmly rejected any recount.")
                .person("Tomas Vale"));
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Tomas Vale") && p.stance().equals("rejects")), ps.toString());
    }
}
