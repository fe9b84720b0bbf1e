package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A pronoun that answers a question is the person asked, not the asker, though both are of one gender: after a
 * quoted question and "X asked Y", after "X asked Y whether …", and after "asked the treasurer, Y, whether …"; the
 * question itself stays the asker's, a second question after it ("…?" she added) too, and an "asked Y to resign"
 * (no question) leaves the asker speaking.
 */
class AnswersGoToTheOneAskedTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    @Test
    void pronounAfterAQuotedQuestionIsTheOneAsked() {
        String text = "\"Will the pool reopen this summer?\" Councillor Brenda Mayhew asked Ottilie Farrant, who runs"
                + " the leisure trust.\n\n\"Not before August,\" she said.";
        assertEquals("Ottilie Farrant", Texts.quoteStartingWith(text, DAY, "Not before August").speaker());
    }

    @Test
    void theQuotedQuestionStaysTheAskers() {
        String text = "\"Will the pool reopen this summer?\" Councillor Brenda Mayhew asked Ottilie Farrant, who runs"
                + " the leisure trust.\n\n\"Not before August,\" she said.";
        assertEquals("Brenda Mayhew", Texts.quoteStartingWith(text, DAY, "Will the pool reopen").speaker());
    }

    @Test
    void pronounAfterAnIndirectQuestionIsTheOneAsked() {
        String text = "An analyst, Gregor Vance of Tillman Partners, asked Osric Delamere whether the mill would be"
                + " sold. \"It is not for sale at any price,\" he replied.";
        assertEquals("Osric Delamere", Texts.quoteStartingWith(text, DAY, "It is not for sale").speaker());
    }

    @Test
    void theOneAskedMayBeNamedAfterTheirRole() {
        String text = "Councillor Aldous Penhale asked the treasurer, Marius Quillby, whether the reserves would last"
                + " the winter. \"They will not,\" he said.";
        assertEquals("Marius Quillby", Texts.quoteStartingWith(text, DAY, "They will not").speaker());
    }

    @Test
    void aFollowUpQuestionStaysTheAskers() {
        String text = "\"Should investors expect the figure to come down?\" Bernadine Frayling asked Clementine"
                + " Rennard. \"And will the plant open on time?\" she added.";
        assertEquals("Bernadine Frayling", Texts.quoteStartingWith(text, DAY, "And will the plant").speaker());
    }

    @Test
    void anAskThatIsNoQuestionLeavesTheAskerSpeaking() {
        String text = "Fenella Ruskin asked Petronella Gault to step down on Tuesday. \"You have lost the confidence"
                + " of the board,\" she said.";
        assertEquals("Fenella Ruskin", Texts.quoteStartingWith(text, DAY, "You have lost the confidence").speaker());
    }
}
