package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A central bank's dated rate decision ("raised its key rate … on Wednesday", "hob den Leitzins am Mittwoch …
 * an", "subió los tipos el miércoles") is an entry of its day, of one class in every language; "raised" without a
 * rate after it is none ("raised concerns"). First read: no entry for any of them.
 */
class RateDecisionsAreEventsTest {
    private static final LocalDate WED = LocalDate.of(2031, 9, 17);

    private static boolean decisionOn(StoryDossier d) {
        return d.timeline().stream().anyMatch(t -> WED.equals(t.date()) && "rate-decision".equals(t.kind()));
    }

    @Test
    void aRateRiseOnADayIsAnEntry() {
        StoryDossier d = dossier(article("a", "The Bank of Torvania raised its key rate by 25 basis points to 4.5% on"
                + " Wednesday.").entity("Bank of Torvania", "ORGANIZATION").time("Wednesday", WED, "day")
                .meta("Ledger", "t", WED, WED).build());
        assertTrue(decisionOn(d), d.timeline().toString());
    }

    @Test
    void raisedWithoutARateIsNoDecision() {
        StoryDossier d = dossier(article("a", "The Bank of Torvania raised concerns about household debt on"
                + " Wednesday.").entity("Bank of Torvania", "ORGANIZATION").time("Wednesday", WED, "day")
                .meta("Ledger", "t", WED, WED).build());
        assertFalse(decisionOn(d), d.timeline().toString());
    }

    @Test
    void germanAndSpanishRateRisesAreEntriesOfTheSameClass() {
        StoryDossier de = ModellessStory.in("de").article("a", WED, "Die Nationalbank von Torvania erhöhte am"
                + " Mittwoch den Leitzins um 0,25 Prozentpunkte.").dossier();
        StoryDossier es = ModellessStory.in("es").article("a", WED, "El Banco de Torvania subió el miércoles los"
                + " tipos de interés en 25 puntos básicos.").dossier();
        assertTrue(decisionOn(de), de.timeline().toString());
        assertTrue(decisionOn(es), es.timeline().toString());
    }
}
