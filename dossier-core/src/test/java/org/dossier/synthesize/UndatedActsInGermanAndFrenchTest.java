package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * An act of a named actor with a strong act verb in a German or French sentence naming no day ("verhängte den
 * Notstand", "a décrété l'état d'urgence") is an estimated entry of its article's date, as in English and Spanish;
 * an act in a condition ("Wenn … verhängte") or already done before ("avait décrété") is none.
 */
class UndatedActsInGermanAndFrenchTest {
    private static final LocalDate DAY = LocalDate.of(2031, 9, 17);

    private static List<TimelineEntry> acts(String lang, String act) {
        StoryDossier d = ModellessStory.in(lang).article("a", DAY, act).dossier();
        return d.timeline().stream().filter(t -> t.participants().contains("Karla Wendt")).toList();
    }

    @Test
    void aGermanActInTheSimplePastIsAnEntryOfTheArticlesDay() {
        List<TimelineEntry> acts = acts("de", "Innenministerin Karla Wendt verhängte den Notstand über drei Bezirke.");
        assertEquals(1, acts.size(), acts.toString());
        assertEquals(DAY, acts.get(0).date());
        assertNotNull(acts.get(0).dateNote(), "an estimate: the article's date");
    }

    @Test
    void aGermanActInAConditionIsNoEntry() {
        assertTrue(acts("de", "Wenn die Innenministerin Karla Wendt den Notstand verhängte, blieben die Schulen zu.")
                .isEmpty());
    }

    @Test
    void aFrenchActInThePastIsAnEntryOfTheArticlesDay() {
        List<TimelineEntry> acts = acts("fr", "La ministre Karla Wendt a décrété l'état d'urgence dans trois régions.");
        assertEquals(1, acts.size(), acts.toString());
        assertEquals(DAY, acts.get(0).date());
    }

    @Test
    void aFrenchActDoneBeforeIsNoEntry() {
        assertTrue(acts("fr", "La ministre Karla Wendt avait décrété l'état d'urgence dans trois régions.").isEmpty());
    }
}
