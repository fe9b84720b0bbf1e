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
 * Verbs that ask something of an addressee only before that addressee, "to" and a verb ({@code stance-words.txt}
 * rows of kind "addressee", {@code writing.txt} infinitive-link): "pressed the government to release …", "asked the
 * mediators to guarantee …" demand it; "asked about the talks", "was asked to leave", "pressed ahead with" are none,
 * and a stance word inside what is asked stays part of the demand. First read (branch pos20 from d93093b,
 * 2026-12-03): none of the requests was a demand.
 */
class RequestsOfAnAddresseeTest {
    private static final LocalDate DAY = LocalDate.of(2036, 5, 13);

    private static List<Position> read(String text) {
        return PositionFixture.positions(article("a", text).entity("Harrow Front", "ORGANIZATION")
                .person("Ines Quarle"), "en", DAY);
    }

    @Test
    void aRequestOfAnAddresseeIsADemand() {
        for (String verb : List.of("pressed", "asked", "encouraged", "begged")) {
            List<Position> ps = read("The Harrow Front " + verb + " the mediators to guarantee the truce.");
            assertTrue(has(ps, "Harrow Front", "demands", "mediators to guarantee the truce"), verb + ": " + ps);
        }
    }

    @Test
    void aNamedAddresseeIsKept() {
        List<Position> ps = read("The Harrow Front asked Ines Quarle to guarantee the truce.");
        assertTrue(has(ps, "Harrow Front", "demands", "Ines Quarle to guarantee the truce"), ps.toString());
    }

    @Test
    void aStanceAskedOfTheAddresseeIsNoneOfItsOwn() {
        List<Position> ps = read("The Harrow Front asked the council to reject the levy.");
        assertTrue(has(ps, "Harrow Front", "demands", "council to reject the levy"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), ps.toString());
    }

    @Test
    void withoutAnAddresseeAndAVerbTheWordIsNone() {
        for (String text : List.of("Asked about the talks, the Harrow Front said nothing.",
                "The Harrow Front asked whether the truce would hold.", "The Harrow Front was asked to leave the valley.",
                "The Harrow Front pressed ahead with the offensive.")) {
            assertTrue(read(text).isEmpty(), text + ": " + read(text));
        }
    }
}
