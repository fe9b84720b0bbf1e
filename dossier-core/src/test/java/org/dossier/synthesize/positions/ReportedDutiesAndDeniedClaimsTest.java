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
 * Reported speech that lays a duty on a party is the speaker's demand ("the guild said the company should restore
 * …", {@code obligations.txt}), but "should" before a subject that is no party forecasts ("prices should ease"); the
 * stances inside a denied claim are no one's ("denied that its members had refused …" is no refusal of the
 * denier's); a participle between a determiner and its noun is an adjective, no stance ("two dismissed stewards").
 * First read (2026-12-04, an unseen ferry-strike story): no demand for the guild's "should restore"; "rejects:
 * safety duties" and a timeline entry "The guild rejected safety duties" from its denial; "Marrow Bay Ferries Ltd
 * rejects: stewards" from "must reinstate two dismissed stewards".
 */
class ReportedDutiesAndDeniedClaimsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

    private static List<Position> in(String text) {
        return PositionFixture.positions(article("a", text).entity("Tarn Guild", "ORGANIZATION")
                .entity("Marrow Ferries", "ORGANIZATION").person("Iona Pell"), "en", DAY);
    }

    @Test
    void aPartyASpeakerSaysShouldActIsTheSpeakersDemand() {
        for (String text : List.of("The Tarn Guild said the company should restore the overtime rates.",
                "The Tarn Guild, which represents 600 deck staff, said the company should restore the overtime rates.",
                "The Tarn Guild said Marrow Ferries should restore the overtime rates.")) {
            List<Position> ps = in(text);
            assertTrue(has(ps, "Tarn Guild", "demands", "restore the overtime rates"), text + ": " + ps);
        }
    }

    @Test
    void aReportedMustOnAPartyIsADemandToo() {
        List<Position> ps = in("Iona Pell said the operator must publish its safety logs.");
        assertTrue(has(ps, "Iona Pell", "demands", "operator to publish its safety logs"), ps.toString());
    }

    @Test
    void shouldBeforeNoPartyForecastsAndDemandsNothing() {
        for (String text : List.of("Iona Pell said prices should ease by June.",
                "Iona Pell said we should wait for the report.",
                "Iona Pell said it should be over by Friday.",
                "Iona Pell said the company should not be blamed.")) {
            List<Position> ps = in(text);
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")), text + ": " + ps);
        }
    }

    @Test
    void aStanceInsideADeniedClaimIsNotTheDeniersStance() {
        List<Position> ps = in("The Tarn Guild denied that its members had refused safety duties during the walkout.");
        assertTrue(has(ps, "Tarn Guild", "denies", "refused safety duties"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), ps.toString());
    }

    @Test
    void aDenialAndASecondStanceOfTheSameSubjectAreBothRead() {
        List<Position> ps = in("The Tarn Guild denied the reports and rejected the new timetable.");
        assertTrue(has(ps, "Tarn Guild", "rejects", "new timetable"), ps.toString());
    }

    @Test
    void aParticipleBeforeItsNounIsNoStance() {
        for (String text : List.of("Marrow Ferries will meet the two dismissed stewards on Friday.",
                "Marrow Ferries published the rejected plan on Friday.")) {
            List<Position> ps = in(text);
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), text + ": " + ps);
        }
    }
}
