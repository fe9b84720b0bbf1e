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
 * Refusals phrased as negated actions, openings for talks stated as possible, coordinated names carried into a
 * proposition, and garbled clauses dropped — on short sentences written after common news patterns.
 */
class RefusalsAndOpeningsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static List<Position> positions(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of("wirepress"));
    }

    private static Position only(List<Position> ps) {
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    private static AnnotatedArticle in(String language, AnnotatedArticle a) {
        return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
    }

    @Test
    void countryThatWillNotDoAnActionRejectsIt() {
        Position p = only(positions(article("a", "Turkey will not withdraw its troops from the border region.")
                .entity("Turkey", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("Turkey", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("withdraw its troops from the border region", p.proposition());
    }

    @Test
    void firstPersonWontInAQuoteIsTheSpeakersRefusal() {
        String quote = "We won't sign any deal that leaves our farmers worse off,";
        Position p = only(positions(article("a", "\u201c" + quote + "\u201d said Lena Voss.").person("Lena Voss")
                .quote(quote, "Lena Voss", null).meta("x", "t", DAY, DAY).build()));
        assertEquals("Lena Voss", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("sign any deal that leaves our farmers worse off", p.proposition());
    }

    @Test
    void nobodyWillCloseItIsARefusalOfClosingWhatItStandsForByTheUnnamedSpeakersCountry() {
        String quote = "This is a free port, and neither Beijing nor anyone else will close it.";
        Position p = only(positions(article("a", "\u201c" + quote + "\u201d a senior Japanese official said.")
                .entity("Beijing", "LOCATION").quote(quote, null, "a senior Japanese official")
                .meta("x", "t", DAY, DAY).build()));
        assertEquals("Japan", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("close the free port", p.proposition());
    }

    @Test
    void refusalThatStatesNoActionIsNone() {
        List<Position> ps = positions(article("a", "Peru will not be intimidated by the blockade.")
                .entity("Peru", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void negatedActionInsideAnotherStancesContentIsNoSeparateRefusal() {
        Position p = only(positions(article("a", "Chile wants guarantees that the mine will not close.")
                .entity("Chile", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("demands", p.stance());
    }

    @Test
    void germanNegatedFutureIsARefusal() {
        Position p = only(positions(in("de", article("a", "Polen wird niemals Truppen abziehen.")
                .entity("Polen", "LOCATION").meta("x", "t", DAY, DAY).build())));
        assertEquals("Poland", p.actor());
        assertEquals("rejects", p.stance());
        assertEquals("Truppen abziehen", p.proposition());
    }

    @Test
    void progressOnATopicSaidToBePossibleIsAnOfferOfTalksOnIt() {
        Position p = only(positions(article("a", "Oslo said progress on fishing quotas and port fees was possible.")
                .entity("Oslo", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("Norway", p.actor());
        assertEquals("offers", p.stance());
        assertEquals("talks on fishing quotas and port fees", p.proposition());
    }

    @Test
    void possibilityAfterAQuoteIsTheQuotedSpeakersOffer() {
        String quote = "We are not leaving the table.";
        String text = "\u201c" + quote + "\u201d An agreement on grain exports is conceivable.";
        Position p = only(positions(article("a", text).person("Ines Moreau").quote(quote, "Ines Moreau", null)
                .meta("x", "t", DAY, DAY).build()));
        assertEquals("Ines Moreau", p.actor());
        assertEquals("talks on grain exports", p.proposition());
    }

    @Test
    void impossibleProgressIsNoOffer() {
        List<Position> ps = positions(article("a", "Oslo said progress on fishing quotas was not possible.")
                .entity("Oslo", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void frenchPossibleProgressIsAnOffer() {
        Position p = only(positions(in("fr", article("a", "Paris estime que des progrès sur les droits de douane sont "
                + "envisageables.").entity("Paris", "LOCATION").meta("x", "t", DAY, DAY).build())));
        assertEquals("France", p.actor());
        assertEquals("des discussions sur droits de douane", p.proposition());
    }

    @Test
    void germanConceivableAgreementIsAnOffer() {
        Position p = only(positions(in("de", article("a", "Berlin erklärte, eine Einigung über die Zölle sei denkbar.")
                .entity("Berlin", "LOCATION").meta("x", "t", DAY, DAY).build())));
        assertEquals("Germany", p.actor());
        assertEquals("Gespräche über Zölle", p.proposition());
    }

    @Test
    void listOfNamesAfterACommaIsCarriedIntoTheProposition() {
        Position p = only(positions(article("a", "Serbia demanded a veto over Kosovo, Bosnia and other states' entry "
                + "into the bloc.").entity("Serbia", "LOCATION").entity("Kosovo", "LOCATION").entity("Bosnia", "LOCATION")
                .meta("x", "t", DAY, DAY).build()));
        assertEquals("veto over Kosovo, Bosnia and other states' entry into the bloc", p.proposition());
    }

    @Test
    void negatedParallelVerbPhraseIsAPositionOfItsOwn() {
        List<Position> ps = positions(article("a", "Hungary demanded a promise to cut the levy, never tax Slovakia "
                + "and Austria, officials said.").entity("Hungary", "LOCATION").entity("Slovakia", "LOCATION")
                .entity("Austria", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertEquals(List.of("never tax Slovakia and Austria", "promise to cut the levy"),
                ps.stream().map(Position::proposition).sorted().toList());
    }

    @Test
    void insertedExampleIsLeftOutOfTheProposition() {
        Position p = only(positions(article("a", "Peru demanded that heavy vehicles, such as trucks, stay off the pass.")
                .entity("Peru", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("heavy vehicles stay off the pass", p.proposition());
    }

    @Test
    void garbledClauseWithACapitalisedCommonWordIsDropped() {
        List<Position> ps = positions(article("a", "Chile has warned that it will make no Reduction of the quota. "
                + "A reduction was discussed.").entity("Chile", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void capitalisedNameTheTaggerMissedIsKept() {
        Position p = only(positions(article("a", "Chile rejected plans to expand Antarctic fishing.")
                .entity("Chile", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("plans to expand Antarctic fishing", p.proposition());
    }

    @Test
    void clauseOpenedByAndWithItsOwnUnnamedSubjectIsNotTheFirstNamesStance() {
        List<Position> ps = positions(article("a", "The envoy of Ghana met Kenya, and the group wants funds from donors.")
                .entity("Ghana", "LOCATION").entity("Kenya", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void reportedClauseSubjectAfterSaidIsTheActor() {
        Position p = only(positions(article("a", "Anna Berg said Norway was not willing to accept the quota.")
                .person("Anna Berg").entity("Norway", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("Norway", p.actor());
        assertEquals("rejects", p.stance());
    }

    @Test
    void bareDemonstrativeObjectIsNoReadableProposition() {
        List<Position> ps = positions(article("a", "Chile refused to accept this as a basis for talks.")
                .entity("Chile", "LOCATION").meta("x", "t", DAY, DAY).build());
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void demonstrativeBeforeANounIsKept() {
        Position p = only(positions(article("a", "Chile refused to end this dispute over water rights.")
                .entity("Chile", "LOCATION").meta("x", "t", DAY, DAY).build()));
        assertEquals("end this dispute over water rights", p.proposition());
    }
}
