package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A name a source phrase introduces ("Nach Angaben der …", "Selon la …", "Según …": {@code <lang>/source-leads.txt})
 * is where the information comes from, no party to the event the sentence reports.
 */
class SourcesOfOtherLanguagesAreNoPartiesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 9, 19);

    private static List<String> strikers(String lang, String text, String other) {
        StoryDossier d = ModellessStory.in(lang).article("a", DAY, text).article("b", DAY, other).dossier();
        TimelineEntry strike = d.timeline().stream().filter(t -> "strike".equals(t.kind())).findFirst()
                .orElseThrow(() -> new AssertionError(d.timeline().toString()));
        return strike.participants();
    }

    @Test
    void aGermanSourceIsNoPartyToTheStrike() {
        assertEquals(List.of("Gewerkschaft Nahverkehr Velmark"), strikers("de", "Nach Angaben der Verkehrsbetriebe "
                + "Kessling streikte die Gewerkschaft Nahverkehr Velmark am Donnerstag.",
                "Die Verkehrsbetriebe Kessling und die Gewerkschaft Nahverkehr Velmark schweigen."));
    }

    @Test
    void aFrenchSourceIsNoPartyToTheStrike() {
        assertEquals(List.of("Sud Rail Varenne"), strikers("fr", "Selon la Régie Lormont, le syndicat Sud Rail Varenne "
                + "a fait grève jeudi.", "La Régie Lormont et Sud Rail Varenne se taisent."));
    }

    @Test
    void aSpanishSourceIsNoPartyToTheStrike() {
        assertEquals(List.of("Unión Ferroviaria Montalbo"), strikers("es", "Según Metro Sorianes, el sindicato Unión "
                + "Ferroviaria Montalbo hizo huelga el jueves.", "Metro Sorianes y Unión Ferroviaria Montalbo callan."));
    }
}
