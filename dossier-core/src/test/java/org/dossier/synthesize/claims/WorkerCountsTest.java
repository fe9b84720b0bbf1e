package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counted workers, strikers and nurses are people, in every language the rules cover, so a union's count of
 * strikers compares with a police count of people. First read (before the rule lines): all four failed, each
 * count was its own group.
 */
class WorkerCountsTest {
    private static String unitOf(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0);
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0).unit();
    }

    @Test
    void englishStrikersAreCountedAsPeople() {
        assertEquals("people", unitOf("About 4,000 strikers marched past the depot on Monday."));
    }

    @Test
    void germanBeschaeftigteAreCountedAsPeople() {
        assertEquals("people", unitOf("Rund 3.000 Beschäftigte legten am Montag die Arbeit nieder."));
    }

    @Test
    void frenchGrevistesAreCountedAsPeople() {
        assertEquals("people", unitOf("Quelque 2 000 grévistes ont défilé lundi devant la gare."));
    }

    @Test
    void spanishTrabajadoresAreCountedAsPeople() {
        assertEquals("people", unitOf("Unos 5.000 trabajadores se sumaron a la huelga el lunes."));
    }
}
