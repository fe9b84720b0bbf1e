package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Coordinated base-form verbs kept inside the stance they continue, verbs of talking said as talks, and French
 * refusals in the inflected future — on short sentences written after common news patterns (labour disputes,
 * trade rows), in English, French and German.
 */
class ListsTalksAndFutureRefusalsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static List<Position> positions(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of("wirepress"));
    }

    private static AnnotatedArticle in(String language, AnnotatedArticle a) {
        return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
    }

    private static AnnotatedArticle org(String text, String name, String language) {
        return in(language, article("a", text).entity(name, "ORGANIZATION").meta("x", "t", DAY, DAY).build());
    }

    private static Position only(List<Position> ps) {
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    @Test
    void baseFormVerbCoordinatedAfterAnInflectedDemandIsPartOfTheDemand() {
        List<Position> ps = positions(org("Unitair is demanding a freeze on route cuts, and promise to rehire the "
                + "dismissed pilots.", "Unitair", "en"));
        assertTrue(ps.stream().noneMatch(p -> p.stance().equals("offers")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("demands")
                && p.proposition().equals("promise to rehire the dismissed pilots")), ps.toString());
    }

    @Test
    void demandThatSomeoneActAndPromiseKeepsBothActionsInTheDemand() {
        List<Position> ps = positions(in("en", article("a", "Verdan demands that Calmont withdraw its tariffs and "
                + "promise to reopen the border crossing.").entity("Verdan", "ORGANIZATION")
                .entity("Calmont", "ORGANIZATION").meta("x", "t", DAY, DAY).build()));
        assertTrue(ps.stream().allMatch(p -> p.stance().equals("demands") && p.actor().equals("Verdan")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.proposition().startsWith("promise to reopen")), ps.toString());
    }

    @Test
    void inflectedSecondStanceWordStatesAStanceOfItsOwn() {
        List<Position> ps = positions(org("The Dockers Guild demanded a wage rise and offered to suspend the strike.",
                "Dockers Guild", "en"));
        assertTrue(ps.stream().anyMatch(p -> p.stance().equals("offers")
                && p.proposition().equals("suspend the strike")), ps.toString());
    }

    @Test
    void readyToDiscussATopicIsAnOfferOfTalksOnIt() {
        Position p = only(positions(org("Marlex said it was ready to discuss shorter working hours.", "Marlex", "en")));
        assertEquals("offers", p.stance());
        assertEquals("talks on shorter working hours", p.proposition());
    }

    @Test
    void willingToNegotiateWithSomeoneIsAnOfferOfTalksWithThem() {
        Position p = only(positions(org("Brightline is willing to negotiate with the drivers' union.", "Brightline",
                "en")));
        assertEquals("offers", p.stance());
        assertEquals("talks with the drivers' union", p.proposition());
    }

    @Test
    void frenchReadyToDiscussIsAnOfferOfTalks() {
        Position p = only(positions(org("La Fédération Sud est prête à discuter de la réforme des retraites.",
                "Fédération Sud", "fr")));
        assertEquals("offers", p.stance());
        assertEquals("des discussions sur la réforme des retraites", p.proposition());
    }

    @Test
    void frenchNegatedFutureIsARefusalOfTheActionInTheInfinitive() {
        Position p = only(positions(in("fr", article("a", "La Pologne ne reviendra pas sur sa décision de fermer la "
                + "frontière.").entity("Pologne", "LOCATION").meta("x", "t", DAY, DAY).build())));
        assertEquals("Poland", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("revenir sur sa décision de fermer la frontière", p.proposition());
    }

    @Test
    void frenchElidedNegatedFutureWithJamaisIsARefusal() {
        Position p = only(positions(org("L'Union Verte n'acceptera jamais la fermeture du site de Lorient.",
                "Union Verte", "fr")));
        assertEquals("rejects", p.stance());
        assertEquals("accepter la fermeture du site de Lorient", p.proposition());
    }

    @Test
    void frenchNegatedFutureOfBeingIsNoRefusal() {
        List<Position> ps = positions(in("fr", article("a", "La Hongrie ne sera pas présente au sommet.")
                .entity("Hongrie", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void frenchThirdPersonFutureInsideAQuoteIsNotTheSpeakersRefusal() {
        String quote = "Les patrons ne céderont pas sur les salaires.";
        List<Position> ps = positions(in("fr", article("a", "\u00ab " + quote + " \u00bb, a déclaré Jeanne Morel.")
                .person("Jeanne Morel").quote(quote, "Jeanne Morel", null).meta("x", "t", DAY, DAY).build()));
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void frenchFirstPersonFutureInsideAQuoteIsTheSpeakersRefusal() {
        String quote = "Nous ne céderons jamais sur les salaires.";
        Position p = only(positions(in("fr", article("a", "\u00ab " + quote + " \u00bb, a déclaré Jeanne Morel.")
                .person("Jeanne Morel").quote(quote, "Jeanne Morel", null).meta("x", "t", DAY, DAY).build())));
        assertEquals("Jeanne Morel", p.actor());
        assertEquals("céder sur les salaires", p.proposition());
    }

    @Test
    void germanReadinessToNegotiateOverATopicIsAnOfferOfNegotiations() {
        Position p = only(positions(org("Die Gewerkschaft Nord ist bereit, über die Arbeitszeit zu verhandeln.",
                "Gewerkschaft Nord", "de")));
        assertEquals("offers", p.stance());
        assertEquals("Verhandlungen über die Arbeitszeit", p.proposition());
    }

    @Test
    void definiteDescriptionOfAnOrganisationNamedBeforeIsThatOrganisation() {
        Position p = only(positions(article("a", "Talks with the Harbour Pilots Union resumed on Friday. The union "
                + "demands a night-shift bonus.").entity("Harbour Pilots Union", "ORGANIZATION").meta("x", "t", DAY, DAY)
                .build()));
        assertEquals("Harbour Pilots Union", p.actor());
        assertEquals("night-shift bonus", p.proposition());
    }

    @Test
    void itAfterAPersonsQuoteStandsForTheOrganisationNotThePerson() {
        String quote = "We want a fair deal,";
        List<Position> ps = positions(article("a", "\u201c" + quote + "\u201d said Ines Carro. The Ferry Operators "
                + "Group said it was ready to discuss weekend rotas.").person("Ines Carro")
                .entity("Ferry Operators Group", "ORGANIZATION").quote(quote, "Ines Carro", null)
                .meta("x", "t", DAY, DAY).build());
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Ferry Operators Group") && p.stance().equals("offers")
                && p.proposition().equals("talks on weekend rotas")), ps.toString());
        assertTrue(ps.stream().noneMatch(p -> p.actor().equals("Ines Carro") && p.stance().equals("offers")),
                ps.toString());
    }

    @Test
    void stanceNounAfterAPossessiveAndModifierIsNoStance() {
        List<Position> ps = positions(org("Norvik Rail rejected the union's wage demand as unaffordable.", "Norvik Rail",
                "en"));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("rejects", ps.get(0).stance());
    }

    @Test
    void refusingToNegotiateWithoutSomeoneIsARefusalOfTalksWithoutThem() {
        List<Position> ps = positions(org("Castor Mining will not negotiate without its subcontractors.",
                "Castor Mining", "en"));
        assertTrue(ps.stream().anyMatch(p -> p.proposition().contains("talks without its subcontractors")),
                ps.toString());
        assertTrue(ps.stream().noneMatch(p -> p.proposition().contains("talks on without")), ps.toString());
    }
}
