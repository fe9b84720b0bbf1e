package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * Two honest limits on calling figures a contradiction: a figure dated only by an estimate ("~2031-05-06") may be
 * of another time, so figures that differ with it "differ" and the reason says a date is estimated; and people
 * counted by a weak noun alone ("people", "residents": {@code weak-nouns.txt}) are told apart by the verb or noun
 * governing them ("210 people slept at the gym", "housing 260 people", "the evacuation of 4,000 residents"), so counts
 * of people doing different things never group.
 */
class EstimatedDatesAndWeakNounsMakeNoContradictionTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static List<String> values(Disagreement x) {
        return x.values().stream().map(Disagreement.Value::value).toList();
    }

    @Test
    void figuresThatDifferWhereADateIsEstimatedAreNoContradiction() {
        StoryDossier d = dossier(
                plain("a", "Officials said 1,300 homes had no power in Corran on Friday.", DAY),
                article("b", "Officials said about 1,900 homes had no power in Corran.")
                        .meta("outlet b", "t", null, DAY).estimatedAnchor().build());
        Disagreement x = d.disagreements().stream().filter(y -> values(y).contains("1,300")).findFirst()
                .orElseThrow(() -> new AssertionError(d.claims() + " " + d.disagreements()));
        assertEquals("differ", x.kind(), x.toString());
        assertTrue(x.reason().contains("estimated") && x.reason().contains("~" + DAY), x.reason());
    }

    @Test
    void figuresThatDifferOnKnownDatesAreStillAContradiction() {
        StoryDossier d = dossier(
                plain("a", "Officials said 1,300 homes had no power in Corran on Friday.", DAY),
                plain("b", "Officials said about 1,900 homes had no power in Corran on Friday.", DAY));
        assertEquals(List.of("contradiction"), d.disagreements().stream().map(Disagreement::kind).toList());
    }

    @Test
    void peopleDoingDifferentThingsAreNoOneCount() {
        StoryDossier d = dossier(
                plain("a", "The Red Cross said 210 people slept at the Marlow gym on Tuesday night.", DAY),
                plain("b", "The Red Cross said it was housing about 260 people at the Marlow gym.", DAY.plusDays(1)),
                plain("c", "Rangers forced the evacuation of roughly 400 residents from Marlow.", DAY.plusDays(1)));
        assertEquals(List.of(), d.disagreements());
        assertTrue(d.claims().stream().anyMatch(c -> c.value() == 210 && c.subject().equals("people stayed")), d.claims().toString());
    }

    @Test
    void peopleDoingOneThingAreStillOneCount() {
        StoryDossier d = dossier(
                plain("a", "Rangers forced the evacuation of roughly 400 residents from Marlow.", DAY),
                plain("b", "By Thursday 900 people were under evacuation orders in Marlow.", DAY.plusDays(2)));
        Disagreement x = d.disagreements().stream().findFirst()
                .orElseThrow(() -> new AssertionError(d.claims() + " " + d.disagreements()));
        assertEquals("update", x.kind(), x.toString());
        assertFalse(d.claims().stream().anyMatch(c -> c.subject().endsWith("orders evacuated")), d.claims().toString());
    }
}
