package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A dateline whose region is abbreviated with a full stop, as American papers write states ("HARLAN, Ky. —",
 * "PORT ELLIS, Wash. (AP) —", "BRANTLEY, Ore. —"), ends at its dash like any other: the article's first sentence
 * starts after it, so no statement or summary sentence opens with the region ("Ky, A storm ...").
 */
class DatelineWithAnAbbreviatedRegionTest {
    private static String body(String text) {
        return text.substring(Dateline.bodyStart(text));
    }

    @Test
    void aStateAbbreviatedWithAFullStopEndsTheDatelineAtItsDash() {
        assertEquals("A storm cut power to 40,000 homes on Monday.",
                body("HARLAN, Ky. — A storm cut power to 40,000 homes on Monday."));
        assertEquals("Ferries stopped running.", body("PORT ELLIS, Wash. (AP) — Ferries stopped running."));
    }

    @Test
    void aRegionWrittenOutStillEndsAtItsDash() {
        assertEquals("Ferries stopped running.", body("PORT ELLIS, Washington — Ferries stopped running."));
    }

    @Test
    void aSentenceWithAnAbbreviationButNoDashHasNoDateline() {
        String text = "WASHINGTON, D.C. officials said the parade would go ahead.";
        assertEquals(text, body(text));
    }
}
