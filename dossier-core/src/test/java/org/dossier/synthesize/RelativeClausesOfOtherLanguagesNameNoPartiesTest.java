package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A relative clause of a French or Spanish sentence ("…, qui avait rencontré le ministre X, …", "…, que se había
 * reunido con el ministro X, …") is a clause of its own ({@code <lang>/clause-openers.txt}): the person it names is
 * no party to the event of the main clause.
 */
class RelativeClausesOfOtherLanguagesNameNoPartiesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 9, 17);

    private static List<String> strikers(String lang, String text, String other) {
        StoryDossier d = ModellessStory.in(lang).article("a", DAY, text).article("b", DAY, other).dossier();
        TimelineEntry strike = d.timeline().stream().filter(t -> "strike".equals(t.kind())).findFirst()
                .orElseThrow(() -> new AssertionError(d.timeline().toString()));
        return strike.participants();
    }

    @Test
    void aFrenchRelativeClauseNamesNoPartyToTheStrike() {
        assertEquals(List.of("Sud Rail Varenne"), strikers("fr", "Le syndicat Sud Rail Varenne, qui avait rencontré "
                + "le ministre Paul Ferrand, a fait grève lundi.", "Le syndicat Sud Rail Varenne se tait."));
    }

    @Test
    void aSpanishRelativeClauseNamesNoPartyToTheStrike() {
        assertEquals(List.of("Unión Ferroviaria Montalbo"), strikers("es", "El sindicato Unión Ferroviaria Montalbo, "
                + "que se había reunido con el ministro Paul Ferrand, convocó una huelga el lunes.",
                "El sindicato Unión Ferroviaria Montalbo calla."));
    }
}
