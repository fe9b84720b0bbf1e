package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.ArticleFixture;
import org.junit.jupiter.api.Test;

/**
 * A role group named without a name acts as one party ("Prosecutors are seeking …", "The defence wants …", "the
 * opposition rejects …"), while a group word that only modifies the noun or name after it ("defence ministry",
 * "Defence lawyer Lena Pirk", "the prosecution's case") is no actor. Short court and election sentences, English
 * and German.
 */
class RoleGroupActorsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 6, 2);

    private static List<Position> positions(ArticleFixture f, String language) {
        return PositionFixture.positions(f, language, DAY);
    }

    @Test
    void prosecutorsSeekingASentenceIsTheirDemand() {
        List<Position> ps = positions(article("a", "Prosecutors are seeking a prison sentence of eight years for "
                + "the former treasurer."), "en");
        assertTrue(has(ps, "prosecutors", "demands", "prison sentence of eight years"), ps.toString());
    }

    @Test
    void aGroupEndingItsSentenceBeforeAPersonsNameStaysTheActor() {
        List<Position> ps = positions(article("a", "The defence wants an acquittal.\n\nMara Olsen, the accused's "
                + "lawyer, said her client would appeal.").person("Mara Olsen"), "en");
        assertTrue(has(ps, "the defence", "demands", "acquittal"), ps.toString());
    }

    @Test
    void aGroupJustBeforeAPersonInOneSentenceStaysTheirModifier() {
        List<Position> ps = positions(article("a", "Opposition leader Tana Vire demanded a recount.").person("Tana Vire"), "en");
        assertTrue(ps.stream().noneMatch(p -> p.actor().equals("the opposition")), ps.toString());
    }

    @Test
    void theDefenceWantingAnAcquittalIsItsDemand() {
        List<Position> ps = positions(article("a", "The defence wants an acquittal."), "en");
        assertTrue(has(ps, "the defence", "demands", "acquittal"), ps.toString());
    }

    @Test
    void aLawyerAskingTheCourtToAcquitDemandsIt() {
        List<Position> ps = positions(article("a", "Her lawyer, Ada Voss, asked the court to acquit her client.")
                .person("Ada Voss"), "en");
        assertTrue(has(ps, "Ada Voss", "demands", "acquit her client"), ps.toString());
    }

    @Test
    void theOppositionRejectingAPlanIsItsPosition() {
        List<Position> ps = positions(article("a", "The opposition rejected the coalition's budget plan on Sunday."),
                "en");
        assertTrue(has(ps, "the opposition", "rejects", "budget plan"), ps.toString());
    }

    @Test
    void aGroupWordModifyingTheNounOrNameAfterItIsNoActor() {
        List<Position> ps = positions(article("a", "The defence ministry rejected the report. Defence lawyer Ada Voss "
                + "demanded a retrial. The prosecution's expert rejected the claim.").person("Ada Voss"), "en");
        assertTrue(ps.stream().noneMatch(p -> p.actor().equals("the defence") || p.actor().equals("prosecutors")),
                ps.toString());
        assertTrue(has(ps, "Ada Voss", "demands", "retrial"), ps.toString());
    }

    @Test
    void germanProsecutorsDemandingASentenceIsTheirDemand() {
        List<Position> ps = positions(article("a", "Die Staatsanwaltschaft forderte acht Jahre Haft für den "
                + "früheren Kämmerer."), "de");
        assertTrue(has(ps, "Staatsanwaltschaft", "demands", "acht Jahre Haft"), ps.toString());
    }
    @Test
    void aCoordinatedClauseWithAPlaceAsSubjectIsNotTheFirstClausesActors() {
        List<Position> ps = positions(article("a", "The Harbour Fund pledged a loan of 40 million dollars, and "
                + "neighbouring Velna offered 300 tents.").entity("Harbour Fund", "ORGANIZATION")
                .entity("Velna", "LOCATION"), "en");
        assertTrue(has(ps, "Harbour Fund", "offers", "loan of 40 million dollars"), ps.toString());
        assertTrue(ps.stream().noneMatch(p -> p.actor().equals("Harbour Fund") && p.proposition().contains("tents")),
                ps.toString());
    }
}
