package org.dossier.extract.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The site's own lines among body lines: calls to the reader, labels, sponsor leads, bio shapes. */
class ChromeLinesTest {
    private final ChromeLines lines = ChromeLines.get();

    @Test
    void callPhraseInALongParagraphIsProseNotACall() {
        String prose = "The paper's editor said that readers who sign up for our weekly digest had complained for months"
                + " that it arrived late, and that the new system, tested in three towns since the summer, would send it"
                + " at six in the morning instead of at noon, as before.";
        assertFalse(lines.isCall(prose));
        assertTrue(lines.isCall("Sign up for our weekly digest."));
    }

    @Test
    void aLinePointingToTheNewsroomsStandardsIsACall() {
        assertTrue(lines.isCall("Our Standards: The Halden Wire Trust Principles."));
        assertFalse(lines.isCall("The regulator said its standards were the strictest in Europe and would stay so."));
    }

    @Test
    void labelIsKnownWholeWhateverItsCaseAndColon() {
        assertTrue(lines.isLabel("READ MORE:"));
        assertTrue(lines.isLabel("Lees ook"));
        assertFalse(lines.isLabel("Read more about the plan on the council's website."));
    }

    @Test
    void sponsorLeadOpensAnAdvertOnlyBeforeAColon() {
        assertTrue(lines.isAside("Anzeige: Jetzt die neue Küche zum halben Preis bestellen"));
        assertFalse(lines.isAside("Sponsored walks start at the harbour every Sunday, the club said."));
    }

    @Test
    void bioShapeNamesThePersonItDescribes() {
        assertEquals("Claire Martin", lines.bioName("Claire Martin est journaliste indépendante à Lyon."));
        assertNull(lines.bioName("The new mayor is a former journalist who ran the local paper."));
    }
}
