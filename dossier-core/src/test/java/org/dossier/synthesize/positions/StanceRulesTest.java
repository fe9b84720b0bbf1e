package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/** Each stance rule on short sentences written after common news patterns. */
class StanceRulesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static List<Position> positions(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of("wirepress"));
    }

    private static Position only(List<Position> ps) {
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    @Test
    void capitalDemandingThatIsItsCountryDemandingTheContentClause() {
        Position p = only(positions(article("a", "Moscow demanded that the alliance halt its expansion to the east, "
                + "a diplomat said.").entity("Moscow", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("Russia", p.actor());
        assertEquals("demands", p.stance());
        assertEquals("alliance halt its expansion to the east", p.proposition());
        assertEquals(DAY, p.date());
        assertEquals(List.of("a"), p.articles());
    }

    @Test
    void negatedAcceptanceIsARejection() {
        Position p = only(positions(article("a", "Chile said it would not accept the new tariffs on copper.")
                .entity("Chile", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("Chile", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("new tariffs on copper", p.proposition());
    }

    @Test
    void nameAfterAPrepositionIsNotTheActorAndTheTimeEndsTheContent() {
        Position p = only(positions(article("a", "After talks with Canada, Mexico ruled out any new steel quotas "
                + "before June.").entity("Canada", "LOCATION").entity("Mexico", "LOCATION")
                .time("before June", DAY, "month").meta("x", "t", DAY, DAY).build()));
        assertEquals("Mexico", p.actor());
        assertEquals("rules_out", p.stance());
        assertEquals("any new steel quotas", p.proposition());
    }

    @Test
    void twoStancesOfOneSubjectJoinedByButAreTwoPositions() {
        List<Position> ps = positions(article("a", "Iran has denied building a secret enrichment site, but has warned "
                + "of a firm response to any strike.").entity("Iran", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("denies")
                && p.proposition().equals("building a secret enrichment site")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("warns")
                && p.proposition().equals("firm response to any strike")), ps.toString());
    }

    @Test
    void firstPersonNeedInAQuoteIsTheSpeakersDemand() {
        String text = "\u201cWe need guarantees that the pipeline will stay open,\u201d said Anna Berg.";
        Position p = only(positions(article("a", text).person("Anna Berg")
                .quote("We need guarantees that the pipeline will stay open,", "Anna Berg", null)
                .meta("x", "t", DAY, DAY).build()));
        assertEquals("Anna Berg", p.actor());
        assertEquals("demands", p.stance());
        assertEquals("guarantees that the pipeline will stay open", p.proposition());
    }

    @Test
    void pronounSubjectStandsForThePersonNamedBefore() {
        Position p = only(positions(article("a", "Anna Berg met the miners in the morning. She said she was ready "
                + "to discuss wages with the union.").person("Anna Berg").meta("x", "t", DAY, DAY).build()));
        assertEquals("Anna Berg", p.actor());
        assertEquals("offers", p.stance());
        assertEquals("talks on wages with the union", p.proposition());
    }

    @Test
    void stanceInsideAConditionIsNoPosition() {
        List<Position> ps = positions(article("a", "Pavel Orlov said talks could resume if the rebels were willing "
                + "to disarm.").person("Pavel Orlov").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void stanceWordAsANounAfterAnArticleIsNoVerb() {
        List<Position> ps = positions(article("a", "Chile answered the demand within a week.")
                .entity("Chile", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void possessiveStanceNounNamesItsHolder() {
        Position p = only(positions(article("a", "Officials studied Norway's demand for a fishing quota in the north.")
                .entity("Norway", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("Norway", p.actor());
        assertEquals("demands", p.stance());
        assertEquals("fishing quota in the north", p.proposition());
    }

    @Test
    void parallelThatClausesAreOnePositionEach() {
        List<Position> ps = positions(article("a", "Serbia wants assurances that the border stays open, that trucks "
                + "are not searched and that tolls are cut.").entity("Serbia", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertEquals(List.of("assurances that the border stays open", "tolls are cut", "trucks are not searched"),
                ps.stream().map(Position::proposition).toList());
    }

    @Test
    void participleClauseTakesTheSentenceSubject() {
        Position p = only(positions(article("a", "Chile answered on Friday, saying it would not agree to new fishing "
                + "limits.").entity("Chile", "LOCATION").time("on Friday", DAY, "day").meta("x", "t", DAY, DAY).build()));
        assertEquals("Chile", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("new fishing limits", p.proposition());
    }

    @Test
    void pronounOnlyContentIsDropped() {
        assertTrue(positions(article("a", "Chile denied this.").entity("Chile", "LOCATION")
                .meta("x", "t", DAY, DAY).build()).isEmpty());
    }

    @Test
    void outletsAndAgenciesReportPositionsButHoldNone() {
        List<Position> ps = positions(article("a", "Wirepress demanded answers about the spill.")
                .entity("Wirepress", "ORGANIZATION").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void sameStanceInTwoArticlesIsOnePositionCitingBoth() {
        AnnotatedArticle a = article("a", "Norway rejected the plan to expand drilling in the Arctic.")
                .entity("Norway", "LOCATION").meta("one", "t", DAY, DAY).build();
        AnnotatedArticle b = article("b", "Oslo has rejected the plan to expand Arctic drilling, officials said.")
                .entity("Oslo", "LOCATION").meta("two", "t", DAY.plusDays(1), DAY.plusDays(1)).build();
        Position p = only(positions(a, b));
        assertEquals("Norway", p.actor());
        assertEquals(List.of("a", "b"), p.articles());
        assertEquals(2, p.mentions().size());
        assertEquals(DAY, p.date());
    }

    @Test
    void personSpeaksForTheCountryTheirRoleNames() {
        AnnotatedArticle a = article("a", "Maria Lopes rejected the proposed grain deal.").person("Maria Lopes")
                .meta("x", "t", DAY, DAY).build();
        Entity lopes = new Entity("Maria Lopes", "PERSON", List.of("Maria Lopes"), List.of("Brazilian Foreign Minister"),
                List.of("a"), List.of(new Span("a", 0, 11)));
        Position p = only(Positions.of(List.of(a), new EntityIndex(List.of(lopes)), Set.of()));
        assertEquals("Maria Lopes", p.actor());
        assertEquals("Brazil", p.side());
        assertEquals("proposed grain deal", p.proposition());
    }

    private static AnnotatedArticle in(String language, AnnotatedArticle a) {
        return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
    }

    @Test
    void germanDemandWithADassClauseIsRead() {
        Position p = only(positions(in("de", article("a", "Moskau forderte, dass die Nato ihre Truppen aus Osteuropa "
                + "abzieht.").entity("Moskau", "LOCATION").entity("Nato", "ORGANIZATION").meta("x", "t", DAY, DAY).build())));
        assertEquals("Russia", p.actor());
        assertEquals("demands", p.stance());
        assertEquals("Nato ihre Truppen aus Osteuropa abzieht", p.proposition());
    }

    @Test
    void germanSeparableVerbRejectionIsRead() {
        List<Position> ps = positions(in("de", article("a", "Polen lehnte den Vorschlag zur Grenzöffnung ab.")
                .entity("Polen", "LOCATION").meta("x", "t", DAY, DAY).build()));
        Position p = only(ps);
        assertEquals("Poland", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("Vorschlag zur Grenzöffnung", p.proposition());
    }

    @Test
    void frenchRefusalAndDenialAreRead() {
        List<Position> ps = positions(in("fr", article("a", "Le Kremlin a démenti tout projet d'invasion, mais a mis en "
                + "garde contre une réponse militaire.").entity("Kremlin", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.stream().allMatch(p -> p.actor().equals("Russia")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("denies") && p.proposition().equals("tout projet d'invasion")),
                ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("warns") && p.proposition().equals("réponse militaire")),
                ps.toString());
    }

    @Test
    void aLanguageWithoutStanceWordsGivesNoPositions() {
        AnnotatedArticle a = article("a", "Norway rejected the plan to expand drilling in the Arctic.")
                .entity("Norway", "LOCATION").meta("x", "t", DAY, DAY).build();
        AnnotatedArticle other = new AnnotatedArticle(a.article().withLanguage("xx"), a.annotations());
        assertTrue(positions(other).isEmpty());
    }
}
