package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A stance word inside what a directive asks of someone else ("demanded that the government accept …", "urged
 * the council to reject …", "exige que le gouvernement accepte …") is part of the directive's content, no position
 * of its own; the same actor's stance after a bare "to" ("wants to reject") or a coordinated clause of its own stays.
 * First read (branch pos18 from c7c24e8, 2026-12-03): the addressee was given "accepts", the speaker "rejects".
 */
class DemandsInsideComplementsTest {
    private static final LocalDate DAY = LocalDate.of(2033, 4, 11);

    private static List<Position> en(String text, String person) {
        return PositionFixture.positions(article("a", text).person(person), "en", DAY);
    }

    @Test
    void aThatClauseSubjectDoesNotAcceptWhatItIsAskedToAccept() {
        for (String verb : List.of("demanded", "insisted", "asked")) {
            List<Position> ps = en("Opposition leader Wenna Skarp " + verb + " that the government accept every "
                    + "offer of foreign rescue teams.", "Wenna Skarp");
            assertTrue(has(ps, "Wenna Skarp", "demands", "government accept every offer"), verb + ": " + ps);
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("accepts")), verb + ": " + ps);
        }
    }

    @Test
    void anUrgedAddresseesRefusalIsNotTheSpeakers() {
        for (String text : List.of("Councillor Brae Tollin urged the harbour board to reject the new levy.",
                "Councillor Brae Tollin called on the harbour board to reject the new levy.",
                "Councillor Brae Tollin urged lawmakers on Thursday to oppose the new levy.")) {
            List<Position> ps = en(text, "Brae Tollin");
            assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Brae Tollin") && p.stance().equals("demands")),
                    text + ": " + ps);
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), text + ": " + ps);
        }
    }

    @Test
    void aQuotedUrgeGivesTheSpeakerNoRefusal() {
        List<Position> ps = PositionFixture.positions(article("a", "\"We urge the assembly to reject the levy,\" "
                + "said Brae Tollin.").person("Brae Tollin")
                .quote("We urge the assembly to reject the levy,", "Brae Tollin", null), "en", DAY);
        assertTrue(has(ps, "Brae Tollin", "demands", "assembly to reject the levy"), ps.toString());
        assertFalse(has(ps, "Brae Tollin", "rejects", "levy"), ps.toString());
    }

    @Test
    void aFrenchQueClauseSubjectDoesNotAccept() {
        List<Position> ps = PositionFixture.positions(article("a", "La maire Odile Varenne exige que le "
                + "gouvernement accepte toute l'aide des pays voisins.").person("Odile Varenne"), "fr", DAY);
        assertTrue(has(ps, "Odile Varenne", "demands", "accepte toute l'aide"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("accepts")), ps.toString());
    }

    @Test
    void theSameActorsStanceAfterABareToStays() {
        for (String verb : List.of("wants", "seeks")) {
            List<Position> ps = en("Mayor Edda Lunvik " + verb + " to reject the merger of the two districts.",
                    "Edda Lunvik");
            assertTrue(has(ps, "Edda Lunvik", "rejects", "merger"), verb + ": " + ps);
        }
    }

    @Test
    void aCoordinatedStanceWithItsOwnVerbStays() {
        List<Position> ps = en("Mayor Edda Lunvik demanded new elections and rejected the budget of the council.",
                "Edda Lunvik");
        assertTrue(has(ps, "Edda Lunvik", "demands", "new elections"), ps.toString());
        assertTrue(has(ps, "Edda Lunvik", "rejects", "budget"), ps.toString());
    }

    @Test
    void theSpeakersOwnStanceUnderInsistStays() {
        List<Position> ps = en("Mayor Edda Lunvik insisted that she would never accept the merger.", "Edda Lunvik");
        assertTrue(has(ps, "Edda Lunvik", "rejects", "merger"), ps.toString());
    }
}
