package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A qualifier before a number bounds it in German, French and Spanish as in English ("mehr als", "über", "rund",
 * "plus de", "más de"): the figure is a lower bound or an approximation, not an exact count. First read (branch
 * stances2 from d5a2cae, 2026-12-03): 0 of 4 (no bound was read, the figures were exact).
 */
class QualifiersInOtherLanguagesTest {
    private static String boundOf(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0);
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0).bound();
    }

    @Test
    void germanMehrAlsIsALowerBound() {
        assertEquals("min", boundOf("Mehr als 300 Beschäftigte legten die Arbeit nieder."));
    }

    @Test
    void germanRundIsAnApproximation() {
        assertEquals("approx", boundOf("Rund 800 Beschäftigte blieben am Dienstag zu Hause."));
    }

    @Test
    void frenchPlusDeIsALowerBound() {
        assertEquals("min", boundOf("Plus de 300 grévistes ont défilé lundi devant la mairie."));
    }

    @Test
    void spanishMasDeIsALowerBound() {
        assertEquals("min", boundOf("Más de 300 trabajadores se quedaron sin sueldo en marzo."));
    }
}
