package org.dossier.synthesize.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.ArticleFixture;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;

/**
 * The positions read from one short test article in a given language, with names resolved as the chain resolves
 * them. Use it in positions tests that ask whether an actor holds a stance.
 */
final class PositionFixture {
    private PositionFixture() {
    }

    /** The positions of one article built from {@code f}, published and anchored on {@code day}. */
    static List<Position> positions(ArticleFixture f, String language, LocalDate day) {
        AnnotatedArticle built = f.meta("x", "t", day, day).build();
        List<AnnotatedArticle> list = List.of(new AnnotatedArticle(built.article().withLanguage(language),
                built.annotations()));
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of());
    }

    /** Whether {@code actor} holds {@code stance} on a proposition containing {@code words}. */
    static boolean has(List<Position> ps, String actor, String stance, String words) {
        return ps.stream().anyMatch(p -> p.actor().equals(actor) && p.stance().equals(stance)
                && p.proposition().contains(words));
    }
}
