package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A person the story names in full in one article and by surname alone in another, where the tagger left the
 * surname untagged ("Farro threatened to resume the offensive"), holds the stance read there, under the full name
 * ({@code Surnames}); a capitalised word the article also writes in lower case, or one that stands as no subject, is
 * no such mention. First read (branch pos20 from 9ecc29a, 2026-12-03): the untagged surname held nothing.
 */
class UntaggedSurnamesOfTheStorysPeopleTest {
    private static final LocalDate DAY = LocalDate.of(2036, 5, 13);

    private static List<Position> story(String language, ArticleFixture first, ArticleFixture second) {
        List<AnnotatedArticle> built = List.of(first.meta("x", "t", DAY, DAY).build(),
                second.meta("y", "t", DAY.plusDays(1), DAY.plusDays(1)).build()).stream()
                .map(a -> new AnnotatedArticle(a.article().withLanguage(language), a.annotations())).toList();
        return Positions.of(built, new EntityIndex(new NameResolver().resolve(built)), Set.of());
    }

    @Test
    void anUntaggedSurnameHoldsTheFullNamesStance() {
        List<Position> ps = story("en", article("a", "Interior Minister Lidia Farro offered a pause in the fighting.")
                .person("Lidia Farro"), article("b", "Farro threatened to resume the offensive in the valley."));
        assertTrue(has(ps, "Lidia Farro", "threatens", "resume the offensive in the valley"), ps.toString());
    }

    @Test
    void anUntaggedSurnameAfterANegationHoldsItsRefusal() {
        List<Position> ps = story("en", article("a", "Interior Minister Lidia Farro offered a pause in the fighting.")
                .person("Lidia Farro"), article("b", "Farro would not accept a withdrawal from the valley."));
        assertTrue(has(ps, "Lidia Farro", "rejects", "withdrawal from the valley"), ps.toString());
    }

    @Test
    void aSurnameTheArticleWritesInLowerCaseIsNoMention() {
        List<Position> ps = story("en", article("a", "Union leader Tamsin Rose demanded a pay rise.")
                .person("Tamsin Rose"), article("b", "Prices rose again. Rose demanded a second round of talks."));
        assertFalse(ps.stream().anyMatch(p -> p.proposition().contains("second round of talks")), ps.toString());
    }

    @Test
    void aFrenchUntaggedSurnameHoldsTheStance() {
        List<Position> ps = story("fr", article("a", "La ministre Lidia Farro a proposé une trêve.").person("Lidia Farro"),
                article("b", "Farro a menacé de reprendre l'offensive dans la vallée."));
        assertTrue(has(ps, "Lidia Farro", "threatens", "reprendre l'offensive"), ps.toString());
    }
}
