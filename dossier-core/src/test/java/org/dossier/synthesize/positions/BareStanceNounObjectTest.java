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
 * An object that only names a stance ("rejected the demand", "welcomed the proposal") says nothing of what is
 * demanded or proposed: no position is made of it; the same noun with its content ("the demand for a recount")
 * stays one.
 */
class BareStanceNounObjectTest {
    private static final LocalDate DAY = LocalDate.of(2034, 5, 2);

    private static List<Position> positions(String text) {
        List<AnnotatedArticle> list = List.of(article("a", text).entity("Harbour Authority", "ORGANIZATION")
                .entity("Dock Union", "ORGANIZATION").meta("x", "t", DAY, DAY).build());
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of());
    }

    @Test
    void aRejectedDemandWithoutItsContentIsNoPosition() {
        List<Position> ps = positions("The Harbour Authority rejected the demand, a spokesman said.");
        assertTrue(ps.stream().noneMatch(p -> p.actor().equals("Harbour Authority") && p.stance().equals("rejects")),
                ps.toString());
    }

    @Test
    void aRejectedDemandWithItsContentIsAPosition() {
        List<Position> ps = positions("The Harbour Authority rejected the Dock Union's demand for a ten percent raise.");
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Harbour Authority") && p.stance().equals("rejects")),
                ps.toString());
    }
}
