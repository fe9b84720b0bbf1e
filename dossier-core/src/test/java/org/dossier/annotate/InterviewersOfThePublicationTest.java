package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * A printed interview's answers belong to the person its introduction presents, not to the publication's own
 * interviewer named after it ("She spoke to our sports editor, X").
 */
class InterviewersOfThePublicationTest {
    @Test
    void anAnswerIsTheIntervieweesNotTheInterviewersTheIntroductionNamesLast() {
        String text = "Kofi Mensah has coached the national team since 2019. He spoke to our sports editor, Helen"
                + " Marsh, before the cup.\n\n"
                + "Q: Can you win it?\n\n"
                + "A: On a good day we can beat anyone.";
        QuoteMention q = Texts.annotate(text, LocalDate.of(2025, 4, 2)).quotes().stream()
                .filter(m -> m.text().contains("beat anyone")).findFirst().orElseThrow();
        assertEquals("Kofi Mensah", q.speaker());
    }
}
