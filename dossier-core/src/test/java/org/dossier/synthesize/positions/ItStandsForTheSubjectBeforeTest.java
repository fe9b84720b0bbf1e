package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.positions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * "It" opening a sentence stands for the body the sentence before named as its subject, not for one named after a
 * preposition there ("Grey Osprey says it is behind the attack on Varno Bank. It threatens to …": Grey Osprey's
 * threat); with no body named as a subject, the last one named.
 * First read (2026-12-04, an unseen ransomware story): the hospital network attacked "threatened to publish patient
 * data", the gang's threat.
 */
class ItStandsForTheSubjectBeforeTest {
    private static final LocalDate DAY = LocalDate.of(2031, 4, 7);

    @Test
    void itStandsForTheSubjectOfTheSentenceBeforeNotAPrepositionsObject() {
        List<Position> ps = positions(article("a", "A group calling itself Grey Osprey says it is behind the attack on "
                + "Varno Bank. It threatens to publish the bank's customer files.")
                .entity("Grey Osprey", "ORGANIZATION").entity("Varno Bank", "ORGANIZATION"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Grey Osprey") && p.stance().equals("threatens")),
                ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("Varno Bank")), ps.toString());
    }

    @Test
    void itStandsForTheLastBodyNamedWhenNoneWasASubject() {
        List<Position> ps = positions(article("a", "Talks resumed on Monday between Kestria and Varno Bank. It rejected "
                + "the new terms.").entity("Kestria", "LOCATION").entity("Varno Bank", "ORGANIZATION"), "en", DAY);
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Varno Bank") && p.stance().equals("rejects")),
                ps.toString());
    }
}
