package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * A speed is labelled by the noun it is "of" ("gusts of up to 70 mph": "gusts"), never by the verb after it ("mph
 * carried"), and a share said with its noun after it ("8% contained") is one quantity with the share a clause opens
 * with that noun ("Containment reached 20%") and with one said after its participle ("contenido en un 14%",
 * {@code share-participles.txt}): one figure updated over time.
 */
class SpeedsAndContainmentAreLabelledByWhatTheyMeasureTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    @Test
    void aSpeedIsLabelledByTheNounItIsOf() {
        StoryDossier d = dossier(plain("a", "Rangers said gusts of up to 70 mph had carried sparks across the ridge.", DAY));
        assertEquals(List.of("gusts"), d.claims().stream().map(c -> c.subject()).toList());
    }

    @Test
    void aShareContainedAndAContainmentShareAreOneFigureUpdated() {
        StoryDossier d = dossier(
                plain("a", "The blaze was 8% contained on Monday, the forestry service said.", DAY),
                plain("b", "Containment reached 20% on Wednesday, the forestry service said.", DAY.plusDays(2)));
        assertEquals(List.of("update"), d.disagreements().stream().map(Disagreement::kind).toList(), d.claims().toString());
    }

    @Test
    void aSpanishShareAfterItsParticipleIsTheSameContainment() {
        StoryDossier d = dossier(
                plain("a", "The blaze was 8% contained on Monday, the forestry service said.", DAY),
                plain("b", "Según los bomberos, el fuego estaba contenido en un 14% el martes.", DAY.plusDays(1)),
                plain("c", "Containment reached 20% on Wednesday, the forestry service said.", DAY.plusDays(2)));
        Disagreement x = d.disagreements().stream().findFirst()
                .orElseThrow(() -> new AssertionError(d.claims() + " " + d.disagreements()));
        assertEquals("update", x.kind(), x.toString());
        assertEquals(3, x.values().size(), x.toString());
    }
}
