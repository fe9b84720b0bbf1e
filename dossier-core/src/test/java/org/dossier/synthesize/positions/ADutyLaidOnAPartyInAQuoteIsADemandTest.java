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
 * A speaker who says in a quote that another party "must" act demands it ("the airline must pay out promptly",
 * {@code obligations.txt}); the speaker's own "we must" and a pronoun's "they must" are no demand, nor is a modal
 * inside a longer clause. (A passive duty, "passengers must be told their rights", is not read yet: its content reader
 * ends at the reporting verb.) First read (2026-12-04, an unseen airline-outage story): the regulator's "Passengers must
 * be told their rights …, and the airline must pay out promptly" gave no position.
 */
class ADutyLaidOnAPartyInAQuoteIsADemandTest {
    private static final LocalDate DAY = LocalDate.of(2033, 6, 15);

    private static List<Position> quoted(String quote) {
        return PositionFixture.positions(article("a", "\"" + quote + "\" said Mara Lenk, the regulator's chief.")
                .person("Mara Lenk").quote(quote, "Mara Lenk", null), "en", DAY);
    }

    @Test
    void aPartyThatMustActIsTheSpeakersDemand() {
        List<Position> ps = quoted("Passengers must be told their rights to refunds, and the airline must pay out "
                + "promptly,");
        assertTrue(has(ps, "Mara Lenk", "demands", "airline to pay out promptly"), ps.toString());
    }

    @Test
    void theSpeakersOwnDutyAndAPronounsAreNoDemand() {
        for (String quote : List.of("We must act before the summer season,", "They must pay for this,",
                "The money the airline must pay is not enough,")) {
            List<Position> ps = quoted(quote);
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")), quote + ": " + ps);
        }
    }
}
