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
 * Contents and actors of reports in several languages: a content ends before a coordinator followed by another
 * stance word ("and demanded", "y pidió", "et a exigé", "und forderte": {@code coordinators.txt}); groups of
 * people with no name ("residents", "protesters", "workers", "farmers"; fr "les habitants") standing as a stance
 * word's subject hold positions ({@code role-groups.txt}), and the members a name owns stand for it ("IG Stahl's
 * members rejected …": {@code actor-nouns.txt} body); a German stance noun owned by the name after it and
 * opening its content with "nach" ("die Forderung der IG Stahl nach …": {@code de/writing.txt} owner-links).
 */
class CoordinatedStancesAndGroupsTest {
    private static final LocalDate DAY = LocalDate.of(2036, 6, 2);

    private static List<Position> read(String text, String language) {
        return PositionFixture.positions(article("a", text).entity("Norvel Energía", "ORGANIZATION")
                .entity("IG Stahl", "ORGANIZATION"), language, DAY);
    }

    @Test
    void aContentEndsBeforeACoordinatedStanceWord() {
        for (String[] c : List.of(
                new String[] {"es", "Norvel Energía negó que sus equipos hubieran causado el incendio y pidió "
                        + "esperar los resultados.", "sus equipos hubieran causado el incendio", "pidió"},
                new String[] {"en", "Norvel Energía denied that its lines had caused the fire and demanded an "
                        + "independent inquiry.", "its lines had caused the fire", "demanded"},
                new String[] {"fr", "Norvel Energía a nié que ses lignes aient causé l'incendie et a exigé une "
                        + "enquête indépendante.", "ses lignes aient causé l'incendie", "exigé"},
                new String[] {"de", "Norvel Energía bestritt, dass ihre Leitungen den Brand verursacht hätten, "
                        + "und forderte eine unabhängige Untersuchung.", "Leitungen den Brand verursacht", "forderte"})) {
            List<Position> ps = read(c[1], c[0]);
            assertTrue(has(ps, "Norvel Energía", "denies", c[2]), c[0] + ": " + ps);
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("denies") && p.proposition().contains(c[3])),
                    c[0] + ": " + ps);
        }
    }

    @Test
    void groupsOfPeopleHoldPositions() {
        for (String[] c : List.of(
                new String[] {"At a meeting, residents demanded that the utility explain why the lines failed.",
                        "residents", "utility explain why"},
                new String[] {"Protesters rejected the plan to close the clinic.", "protesters", "plan to close"},
                new String[] {"Workers at the plant threatened to strike over the cuts.", "workers", "strike"},
                new String[] {"Farmers in the valley called for compensation for the lost harvest.", "farmers",
                        "compensation for the lost harvest"})) {
            List<Position> ps = read(c[0], "en");
            assertTrue(ps.stream().anyMatch(p -> p.actor().equals(c[1]) && p.proposition().contains(c[2])),
                    c[0] + ": " + ps);
        }
    }

    @Test
    void theMembersANameOwnsStandForIt() {
        List<Position> ps = read("IG Stahl's members rejected the offer of a one-off bonus.", "en");
        assertTrue(has(ps, "IG Stahl", "rejects", "one-off bonus"), ps.toString());
    }

    @Test
    void aGroupWordModifyingANounIsNoActor() {
        List<Position> ps = read("The workers' union demanded a pay rise.", "en");
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("workers")), ps.toString());
    }

    @Test
    void aGermanDemandNounOwnedByTheNameAfterIt() {
        List<Position> ps = read("Die Forderung der IG Stahl nach einer Lohnerhöhung von acht Prozent bleibt "
                + "auf dem Tisch, sagte ein Sprecher.", "de");
        assertTrue(has(ps, "IG Stahl", "demands", "Lohnerhöhung von acht Prozent"), ps.toString());
    }
}
