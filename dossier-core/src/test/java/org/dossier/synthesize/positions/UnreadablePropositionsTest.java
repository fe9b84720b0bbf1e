package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Propositions an analyst could not read are dropped, not shown: a dangling "either" without its "or", an object
 * that only names parties, a relative clause whose object is the noun before it, a sum of money "accepted" (money
 * received, not a stance); a subject pronoun right before the stance word is the clause's subject. Short sentences
 * after common news patterns (trade rows, court cases), English and German.
 */
class UnreadablePropositionsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 11);

    private static List<Position> positions(ArticleFixture f, String language) {
        AnnotatedArticle built = f.meta("x", "t", DAY, DAY).build();
        List<AnnotatedArticle> list = List.of(new AnnotatedArticle(built.article().withLanguage(language),
                built.annotations()));
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of("wirepress"));
    }

    @Test
    void eitherWithoutItsOrIsADanglingClauseAndDropped() {
        List<Position> ps = positions(article("a", "Verdan has warned that it will either lift all of its new tariffs "
                + "on steel and aluminium imports or face higher duties at home.").entity("Verdan", "ORGANIZATION"), "en");
        assertTrue(ps.stream().noneMatch(p -> p.proposition().contains("either") && !p.proposition().contains(" or ")),
                ps.toString());
    }

    @Test
    void germanEntwederWithoutOderIsADanglingClauseAndDropped() {
        List<Position> ps = positions(article("a", "Die Gewerkschaft Nord fordert entweder höhere Löhne, sonst "
                + "werde gestreikt.").entity("Gewerkschaft Nord", "ORGANIZATION"), "de");
        assertTrue(ps.stream().noneMatch(p -> p.proposition().contains("entweder")), ps.toString());
    }

    @Test
    void objectThatOnlyNamesPartiesIsDropped() {
        List<Position> ps = positions(article("a", "Poland ruled out Hungary and the customs union.").entity("Poland", "LOCATION")
                .entity("Hungary", "LOCATION"), "en");
        assertTrue(ps.stream().noneMatch(p -> p.stance().equals("rules_out")), ps.toString());
    }

    @Test
    void partiesNamedWithWhatTheyAreForStayAPosition() {
        Position p = onlyOne(positions(article("a", "Poland ruled out Hungary and Austria as mediators.")
                .entity("Poland", "LOCATION").entity("Hungary", "LOCATION").entity("Austria", "LOCATION"), "en"));
        assertEquals("rules_out", p.stance());
        assertEquals("Hungary and Austria as mediators", p.proposition());
    }

    @Test
    void relativeClauseWhoseObjectIsTheNounBeforeIsDropped() {
        List<Position> ps = positions(article("a", "The talks addressed the border regime that Poland wants to change "
                + "by closing two crossings.").entity("Poland", "LOCATION"), "en");
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void sameDemandStatedInAMainClauseKeepsItsObject() {
        Position p = onlyOne(positions(article("a", "Poland wants to change the border regime by closing two crossings.")
                .entity("Poland", "LOCATION"), "en"));
        assertEquals("demands", p.stance());
        assertTrue(p.proposition().startsWith("change the border regime"), p.proposition());
    }

    @Test
    void sumOfMoneyAcceptedIsMoneyReceivedNotAnAcceptance() {
        List<Position> ps = positions(article("a", "Tomas Reyne accepted at least 240,000 euros from two building "
                + "firms.").person("Tomas Reyne"), "en");
        assertTrue(ps.stream().noneMatch(p -> p.stance().equals("accepts")), ps.toString());
    }

    @Test
    void subjectPronounRightBeforeTheStanceIsTheClausesSubject() {
        List<Position> ps = positions(article("a", "Tomas Reyne spoke first. Reyne told the court he would never accept "
                + "a plea deal.").person("Tomas Reyne", "Reyne").entity("court", "ORGANIZATION"), "en");
        assertTrue(ps.stream().allMatch(p -> p.actor().equals("Tomas Reyne")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("rejects") && p.proposition().contains("plea deal")),
                ps.toString());
    }

    private static Position onlyOne(List<Position> ps) {
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }
}
