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
 * The verbs wire reports of negotiations use beside the common ones ({@code en/stance-words.txt}): "rebuffed",
 * "spurned", "balked at", "brushed aside" reject; "agreed in principle to", "signed off on", "embraced" accept;
 * "pushed for", "held out for", "appealed for" demand; "tabled", "put forward" offer; "no intention of", "no plans
 * to" rule out; a noun of support or openness
 * ("support for the deal was growing", "open to trucks") is none. First read (branch pos20 from 5f5834f,
 * 2026-12-03): none of these verbs gave a position, and "brushed aside calls for X" was a demand of X.
 */
class NegotiationVocabularyTest {
    private static final LocalDate DAY = LocalDate.of(2036, 5, 12);

    private static List<Position> read(String text) {
        return PositionFixture.positions(article("a", text).entity("Harrow Front", "ORGANIZATION"), "en", DAY);
    }

    private static void holds(String stance, List<String> verbs, String object, String words) {
        for (String verb : verbs) {
            List<Position> ps = read("The Harrow Front " + verb + " " + object + ".");
            assertTrue(has(ps, "Harrow Front", stance, words), verb + ": " + ps);
        }
    }

    @Test
    void rebuffsAndSpurnsReject() {
        holds("rejects", List.of("rebuffed", "spurned", "balked at", "brushed aside"), "the offer of a ten-day truce",
                "offer of a ten-day truce");
    }

    @Test
    void brushingAsideCallsIsNoDemand() {
        List<Position> ps = read("The Harrow Front brushed aside calls for a full disarmament.");
        assertTrue(has(ps, "Harrow Front", "rejects", "calls for a full disarmament"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("demands")), ps.toString());
    }

    @Test
    void agreeingInPrincipleAndSigningOffAccept() {
        holds("accepts", List.of("agreed in principle to", "signed off on", "embraced"), "a prisoner exchange",
                "prisoner exchange");
    }

    @Test
    void pushingAndHoldingOutDemand() {
        holds("demands", List.of("pushed for", "held out for", "is holding out for", "appealed for"),
                "a full withdrawal of troops", "full withdrawal of troops");
    }

    @Test
    void tablingAndPuttingForwardOffer() {
        holds("offers", List.of("tabled", "put forward"), "a plan for a ten-day truce", "plan for a ten-day truce");
    }

    @Test
    void noIntentionOrNoPlansRuleOut() {
        holds("rules_out", List.of("said it had no intention of", "has no plans to"), "withdrawing from the talks",
                "withdrawing from the talks");
    }

    @Test
    void nounsOfSupportAndOpennessAreNone() {
        for (String text : List.of("The Harrow Front said support for the deal was growing.",
                "The Harrow Front received support from the villagers.",
                "The Harrow Front said the border crossing was open to trucks.")) {
            assertTrue(read(text).isEmpty(), text + ": " + read(text));
        }
    }
}
