package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * A bare number whose own words make it another source's value of the figure before it in its sentence ("a figure
 * the utility put at 5,900", "the utility put the number at 5,900", "the utility's count of 5,900", "compared with
 * 5,900") counts what that figure counts, is credited to that source, and the two are compared although one
 * sentence states both: the disagreement of two sources on one day.
 */
class AFigureAnotherSourcePutsOnOneCountIsADisagreementTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static Disagreement disagreement(String text) {
        StoryDossier d = dossier(plain("a", text, DAY));
        return d.disagreements().stream().filter(x -> values(x).containsAll(List.of("7,400", "5,900"))).findFirst()
                .orElseThrow(() -> new AssertionError(d.claims() + " " + d.disagreements()));
    }

    private static List<String> values(Disagreement x) {
        return x.values().stream().map(Disagreement.Value::value).toList();
    }

    @Test
    void aFigureASourcePutAtIsTheSameCountsOtherValue() {
        String text = "The province said 7,400 homes had no power on Friday, a figure the utility put at 5,900.";
        assertEquals("contradiction", disagreement(text).kind());
        Claim other = dossier(plain("a", text, DAY)).claims().stream().filter(c -> c.value() == 5900).findFirst().orElseThrow();
        assertEquals("the utility", other.source());
        assertTrue(other.subject().startsWith("homes"), other.subject());
    }

    @Test
    void aSourcePuttingTheNumberAtAFigureOrItsCountIsAnotherValue() {
        assertEquals("contradiction", disagreement(
                "The province said 7,400 homes had no power, but the utility put the number at 5,900.").kind());
        assertEquals("contradiction", disagreement(
                "The province said 7,400 homes had no power, well above the utility's count of 5,900.").kind());
    }

    @Test
    void aFigureComparedWithTheOneBeforeIsAnotherValue() {
        assertEquals("contradiction", disagreement(
                "The province counted 7,400 homes without power, compared with 5,900 in the utility's own tally.").kind());
    }
}
