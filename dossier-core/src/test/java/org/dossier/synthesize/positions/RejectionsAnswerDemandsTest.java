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
 * Held-out set R1 (invented English and German articles): a rejection whose content names another actor of the
 * story and shares content words with one of that actor's demands is linked to that demand ("answers"); a rejection
 * sharing nothing with any demand stays unlinked. The link is read from the position's text form, so the set ran on
 * the unchanged code. First read on the unchanged code (commit of this set): 1 of 3 pass (no link; the unlinked
 * case passed).
 */
class RejectionsAnswerDemandsTest {
    private static final LocalDate DAY = LocalDate.of(2030, 9, 16);

    private static List<Position> positions(String language, ArticleFixture... fs) {
        List<AnnotatedArticle> list = java.util.Arrays.stream(fs).map(f -> {
            AnnotatedArticle a = f.meta("x", "t", DAY, DAY).build();
            return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
        }).toList();
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of());
    }

    private static Position rejection(List<Position> ps) {
        return ps.stream().filter(p -> p.stance().equals("rejects")).findFirst()
                .orElseThrow(() -> new AssertionError("no rejection in " + ps));
    }

    @Test
    void aRejectionNamingTheDemanderAnswersItsDemand() {
        List<Position> ps = positions("en",
                article("a", "The Free Farmers demanded guarantees that the water tax will not rise next year.")
                        .entity("Free Farmers", "ORGANIZATION"),
                article("b", "The Water Board rejected the Free Farmers' demand for guarantees on the water tax.")
                        .entity("Water Board", "ORGANIZATION").entity("Free Farmers", "ORGANIZATION"));
        assertTrue(rejection(ps).toString().contains("answers=Free Farmers demands guarantees"), ps.toString());
    }

    @Test
    void aGermanRejectionNamingTheDemanderAnswersItsDemand() {
        List<Position> ps = positions("de",
                article("a", "Die Partei Volt forderte Garantien gegen eine höhere Wassersteuer.")
                        .entity("Volt", "ORGANIZATION"),
                article("b", "Die Wasserbehörde lehnte die Forderung von Volt nach Garantien gegen die Wassersteuer ab.")
                        .entity("Wasserbehörde", "ORGANIZATION").entity("Volt", "ORGANIZATION"));
        assertTrue(rejection(ps).toString().contains("answers=Volt demands Garantien"), ps.toString());
    }

    @Test
    void aRejectionSharingNothingWithADemandIsUnlinked() {
        List<Position> ps = positions("en",
                article("a", "The Free Farmers demanded guarantees that the water tax will not rise next year.")
                        .entity("Free Farmers", "ORGANIZATION"),
                article("b", "The Water Board rejected a new bridge over the river near the old mill.")
                        .entity("Water Board", "ORGANIZATION"));
        assertTrue(!rejection(ps).toString().contains("answers=") || rejection(ps).toString().contains("answers=null"),
                ps.toString());
    }
}
