package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Transcript turns marked by a name label in mixed case ("Okafor: …", "Lena Okafor: …"): each turn is a quote of
 * the person named before with that surname, while a label before a headline's fragment is no turn.
 */
class TranscriptTurnsInMixedCaseTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 4, 2);
    private static final String PANEL = "We asked the planner Lena Okafor and the farmer David Brisk about the new"
            + " bypass.\n\n"
            + "Okafor: The road takes four thousand lorries a day out of the town centre. That is the whole point.\n\n"
            + "David Brisk: And it puts them through my fields instead.";

    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, ANCHOR).quotes();
    }

    private static QuoteMention quote(String text, String words) {
        return Texts.quoteOf(text, ANCHOR, words, false);
    }

    @Test
    void aTurnMarkedByASurnameInMixedCaseIsThatPersonsQuote() {
        QuoteMention q = quote(PANEL, "four thousand lorries");
        assertEquals("The road takes four thousand lorries a day out of the town centre. That is the whole point.",
                q.text());
        assertEquals("Lena Okafor", q.speaker());
    }

    @Test
    void aTurnMarkedByAFullNameInMixedCaseIsThatPersonsQuote() {
        assertEquals("David Brisk", quote(PANEL, "through my fields").speaker());
    }

    @Test
    void aNameLabelBeforeAFragmentWithoutASentencesEndIsNoTurn() {
        String text = "Minister Carla Rudd spoke to reporters on Monday.\n\n"
                + "Rudd: tax rises off the table for now";
        assertTrue(quotes(text).isEmpty(), quotes(text).toString());
    }
}
