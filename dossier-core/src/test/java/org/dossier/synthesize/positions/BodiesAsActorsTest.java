package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.dossier.synthesize.positions.PositionFixture.positions;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Bodies that announce, reject or demand (an electoral commission, a court) as actors: a later "the electoral
 * commission" is the commission named before, and a demand that a plural possessive owns ("the Social Democrats'
 * demand for a recount") is that party's, not a demand of the body that rejects it; a party the tagger calls MISC
 * in one article is the organisation the story resolves.
 */
class BodiesAsActorsTest {
    private static final LocalDate TUE = LocalDate.of(2031, 9, 16);

    @Test
    void theElectoralCommissionIsTheCommissionNamedBefore() {
        String t = "Final results published by the Central Electoral Commission on Tuesday gave the Civic Union 58 "
                + "seats. The electoral commission rejected the demand for a recount, saying the margin was beyond "
                + "any counting error.";
        List<Position> ps = positions(article("a", t).entity("Central Electoral Commission", "ORGANIZATION")
                .entity("Civic Union", "ORGANIZATION"), "en", TUE);
        assertTrue(has(ps, "Central Electoral Commission", "rejects", "recount"), ps.toString());
    }

    @Test
    void aDemandOwnedByAPluralPossessiveIsThatPartysNotTheRejectingBodys() {
        String t = "The Central Electoral Commission rejected the Social Democrats' demand for a recount in Dravik North.";
        List<Position> ps = positions(article("a", t).entity("Central Electoral Commission", "ORGANIZATION")
                .entity("Social Democrats", "ORGANIZATION").entity("Dravik North", "LOCATION"), "en", TUE);
        assertTrue(has(ps, "Social Democrats", "demands", "recount in Dravik North"), ps.toString());
        assertTrue(has(ps, "Central Electoral Commission", "rejects", "demand for a recount"), ps.toString());
        assertFalse(has(ps, "Central Electoral Commission", "demands", "recount"), ps.toString());
    }

    @Test
    void aCourtNamedBeforeRejectsAsTheConstitutionalCourt() {
        String t = "The Greens took their complaint to the Constitutional Court of Marovia. On Friday the "
                + "constitutional court rejected the complaint as unfounded.";
        List<Position> ps = positions(article("a", t).entity("Greens", "ORGANIZATION")
                .entity("Constitutional Court of Marovia", "ORGANIZATION"), "en", TUE);
        assertFalse(has(ps, "Greens", "rejects", "complaint"), ps.toString());
        assertTrue(has(ps, "Constitutional Court of Marovia", "rejects", "complaint"), ps.toString());
    }

    @Test
    void aPartyTheTaggerCallsMiscInOneArticleIsTheOrganisationTheStoryResolves() {
        AnnotatedArticle a = article("a", "The Social Democrats won 44 seats in the new parliament.")
                .entity("Social Democrats", "ORGANIZATION").meta("Monitor", "t", TUE, TUE).build();
        AnnotatedArticle b = article("b", "The Social Democrats demanded a recount in the Dravik North constituency.")
                .entity("Social Democrats", "MISC").entity("Dravik North", "LOCATION")
                .meta("Courier", "t", TUE, TUE).build();
        List<AnnotatedArticle> both = List.of(a, b);
        List<Position> ps = Positions.of(both, new EntityIndex(new NameResolver().resolve(both)), Set.of());
        assertTrue(has(ps, "Social Democrats", "demands", "recount"), ps.toString());
    }
}
