package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * A paragraph with no mark between an interview's answer and the next question carries the answer on and is a
 * quote; the article's own paragraph after the last answer is not.
 */
class AnswersRunningOverTwoParagraphsTest {
    private static final String TEXT = "Kofi Mensah has coached the national team since 2019. We asked him about"
            + " the cup.\n\n"
            + "Q: Can you win it?\n\n"
            + "A: On a good day we can beat anyone.\n\n"
            + "The trouble is that a tournament has seven days, and we have not had seven good ones in a row.\n\n"
            + "Q: And after the cup?\n\n"
            + "A: A holiday.\n\n"
            + "The federation will decide on his contract in August.";

    private static List<QuoteMention> quotes() {
        return Texts.annotate(TEXT, LocalDate.of(2025, 4, 2)).quotes();
    }

    @Test
    void anAnswersSecondParagraphIsAQuote() {
        assertTrue(quotes().stream().anyMatch(q -> q.text().startsWith("The trouble is")), quotes().toString());
    }

    @Test
    void theParagraphAfterTheLastAnswerIsNoQuote() {
        assertTrue(quotes().stream().noneMatch(q -> q.text().contains("federation")), quotes().toString());
    }
}
