package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.dossier.synthesize.positions.PositionFixture.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * Three leftovers of who holds a position and when: a body the tagger typed a person (its name ending in a noun of
 * institutions, or a person-typed name owning a body: {@code actor-nouns.txt} institution, body) is the actor an "it"
 * stands for; a he or she stands for the person of its gender ({@code <lang>/pronoun-genders.txt}, first names by
 * {@code text.FirstNameGenders}), the paragraph's subject first; and a stance is dated by the day its own clause
 * states ({@link ClauseDates}), not its article's; a body a description's organisation owns ("the union's
 * executive") is that organisation. First read (branch posnum23 from 9c3e0bd0): the three bodies missed,
 * every "she" given to the last person named, every stance dated by its article.
 */
class BodiesPronounsAndClauseDatesTest {
    private static final LocalDate THU = LocalDate.of(2031, 9, 18);
    private static final LocalDate WED = LocalDate.of(2031, 9, 17);

    @Test
    void aMinistryTheTaggerTypedAPersonIsTheBodyItStandsFor() {
        String t = "The Kardovian Trade Ministry signalled that it could accept a phased cut of the tariffs.";
        List<Position> ps = positions(article("a", t).entity("Kardovian Trade Ministry", "PERSON"), "en", THU);
        assertTrue(has(ps, "Kardovian Trade Ministry", "accepts", "phased cut of the tariffs"), ps.toString());
    }

    @Test
    void aBodyOwnedByANameTheTaggerTypedAPersonIsThatOwnersBody() {
        String t = "Kardovia's trade ministry studied the proposal over the weekend. On Monday it signalled that it "
                + "could accept a phased cut of the tariffs.";
        List<Position> ps = positions(article("a", t).entity("Kardovia", "PERSON"), "en", THU);
        assertTrue(has(ps, "Kardovia", "accepts", "phased cut of the tariffs"), ps.toString());
    }

    @Test
    void aBodyOwnedByAnOrganisationADescriptionNamesIsThatOrganisation() {
        String t = "The Harnby Dockers Union met the port authority on Monday. On Tuesday night, the union's executive "
                + "rejected the 4 percent offer.";
        List<Position> ps = positions(article("a", t).entity("Harnby Dockers Union", "ORGANIZATION"), "en", THU);
        assertTrue(has(ps, "Harnby Dockers Union", "rejects", "4 percent offer"), ps.toString());
    }

    @Test
    void aPersonWhoseNameEndsInNoInstitutionWordIsStillAPerson() {
        String t = "Talks resumed on Monday. Mara Olsen said she could accept a phased cut of the tariffs.";
        List<Position> ps = positions(article("a", t).entity("Mara Olsen", "PERSON"), "en", THU);
        assertTrue(has(ps, "Mara Olsen", "accepts", "phased cut of the tariffs"), ps.toString());
    }

    @Test
    void sheStandsForTheWomanNotTheLastManNamed() {
        String t = "Mara Olsen, who leads the nurses' union, met Tomas Brandt on Monday. She also demanded a 9 percent raise.";
        List<Position> ps = positions(article("a", t).entity("Mara Olsen", "PERSON").entity("Tomas Brandt", "PERSON"),
                "en", THU);
        assertTrue(has(ps, "Mara Olsen", "demands", "9 percent raise"), ps.toString());
        assertFalse(has(ps, "Tomas Brandt", "demands", "9 percent raise"), ps.toString());
    }

    @Test
    void heStandsForTheManNamedLastOfHisGender() {
        String t = "Mara Olsen met Tomas Brandt and Jonas Weller on Monday. He rejected the union's demand for a 9 percent raise.";
        List<Position> ps = positions(article("a", t).entity("Mara Olsen", "PERSON").entity("Tomas Brandt", "PERSON")
                .entity("Jonas Weller", "PERSON"), "en", THU);
        assertTrue(has(ps, "Jonas Weller", "rejects", "9 percent raise"), ps.toString());
        assertFalse(has(ps, "Mara Olsen", "rejects", "9 percent raise"), ps.toString());
    }

    @Test
    void sheStandsForTheParagraphsSubjectOverAnotherWomanNamedLater() {
        String t = "Mara Olsen opened the meeting on Monday. Lena Brandt, the hospital's director, listened. "
                + "She demanded a 9 percent raise.";
        List<Position> ps = positions(article("a", t).entity("Mara Olsen", "PERSON").entity("Lena Brandt", "PERSON"),
                "en", THU);
        assertTrue(has(ps, "Mara Olsen", "demands", "9 percent raise"), ps.toString());
    }

    @Test
    void elleStandsForTheWomanInFrench() {
        String t = "Claire Vautrin a rencontré Paul Delmas lundi. Elle a exigé une hausse de 9 % des salaires.";
        List<Position> ps = positions(article("a", t).entity("Claire Vautrin", "PERSON").entity("Paul Delmas", "PERSON"),
                "fr", THU);
        assertTrue(has(ps, "Claire Vautrin", "demands", "hausse"), ps.toString());
        assertFalse(has(ps, "Paul Delmas", "demands", "hausse"), ps.toString());
    }

    @Test
    void aDemandIsDatedByTheDayItsClauseStates() {
        String t = "On Wednesday night, the Harnby dockers union demanded a 9 percent raise.";
        List<Position> ps = positions(article("a", t).entity("Harnby dockers union", "ORGANIZATION")
                .time("Wednesday night", WED, "day"), "en", THU);
        Position p = ps.stream().filter(x -> x.stance().equals("demands")).findFirst()
                .orElseThrow(() -> new AssertionError(ps.toString()));
        assertEquals(WED, p.date(), ps.toString());
    }

    @Test
    void aDeadlineInsideTheDemandDoesNotDateIt() {
        String t = "The Harnby dockers union demanded a 9 percent raise by Friday.";
        List<Position> ps = positions(article("a", t).entity("Harnby dockers union", "ORGANIZATION")
                .time("Friday", WED, "day"), "en", THU);
        Position p = ps.stream().filter(x -> x.stance().equals("demands")).findFirst()
                .orElseThrow(() -> new AssertionError(ps.toString()));
        assertEquals(THU, p.date(), ps.toString());
    }
}
