package org.dossier.synthesize;

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
 * A figure added to an earlier one ("another 2,200 people", "an additional 150 firefighters", "2,200 more people",
 * "otras 2.200 personas", "weitere 2.200 Menschen": {@code <lang>/increments.txt}) is no total: it is listed, with
 * its increment word, but never compared with a total nor with another increment, while totals still are.
 */
class IncrementsAreNeverComparedWithTotalsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static boolean inADisagreement(StoryDossier d, String value) {
        return d.disagreements().stream().anyMatch(x -> values(x).contains(value));
    }

    private static List<String> values(Disagreement x) {
        return x.values().stream().map(Disagreement.Value::value).toList();
    }

    private static StoryDossier story(String later) {
        return dossier(
                plain("a", "Floodwaters forced roughly 4,000 residents from their homes in Harrow Vale, officials said.", DAY),
                plain("b", later, DAY.plusDays(2)));
    }

    @Test
    void anotherCountIsNoTotal() {
        StoryDossier d = story("Police ordered another 2,200 people to leave their homes on Thursday.");
        assertFalse(inADisagreement(d, "2,200"), d.disagreements().toString());
        assertTrue(d.claims().stream().anyMatch(c -> c.text().startsWith("another 2,200")), d.claims().toString());
    }

    @Test
    void anAdditionalOrAMoreCountIsNoTotal() {
        StoryDossier d = story("Police told an additional 2,200 residents to leave their homes on Thursday.");
        assertFalse(inADisagreement(d, "2,200"), d.disagreements().toString());
        StoryDossier more = story("Police told 2,200 more residents to leave their homes on Thursday.");
        assertFalse(inADisagreement(more, "2,200"), more.disagreements().toString());
    }

    @Test
    void incrementsInSpanishAndGermanAreNoTotals() {
        StoryDossier es = story("La policía ordenó evacuar a otras 2.200 personas el jueves.");
        assertFalse(inADisagreement(es, "2,200"), es.disagreements().toString());
        StoryDossier de = story("Die Polizei forderte weitere 2.200 Menschen auf, ihre Häuser zu verlassen.");
        assertFalse(inADisagreement(de, "2,200"), de.disagreements().toString());
    }

    @Test
    void twoIncrementsAreNoUpdateOfEachOther() {
        StoryDossier d = dossier(
                plain("a", "Police ordered another 1,200 people to leave their homes.", DAY),
                plain("b", "Police ordered another 2,200 people to leave their homes.", DAY.plusDays(2)));
        assertEquals(List.of(), d.disagreements());
    }

    @Test
    void aLaterTotalIsStillAnUpdate() {
        StoryDossier d = story("Police said roughly 6,200 residents had now left their homes in Harrow Vale.");
        Disagreement x = d.disagreements().stream().filter(y -> values(y).contains("about 6,200")).findFirst()
                .orElseThrow(() -> new AssertionError(d.disagreements().toString()));
        assertEquals("update", x.kind(), x.toString());
    }
}
