package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * An interview's answer or a transcript's turn that quotes someone else is read whole as the answerer's quote, and
 * the quote inside it is read too, with the speaker its own sentence gives.
 */
class InterviewAnswersHoldingQuotesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 4, 2);

    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, ANCHOR).quotes();
    }

    private static QuoteMention quote(String text, String words) {
        return quotes(text).stream().filter(q -> q.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote \"" + words + "\" in " + quotes(text)));
    }

    @Test
    void anAnswerHoldingAQuoteIsReadWhole() {
        String text = "Kofi Mensah has coached the national team since 2019. We asked him about the cup.\n\n"
                + "Q: Can you win it?\n\n"
                + "A: My first coach used to say \"nobody wins a cup in the group stage,\" and he was right.";
        QuoteMention q = quote(text, "My first coach");
        assertEquals("My first coach used to say \"nobody wins a cup in the group stage,\" and he was right.",
                q.text());
        assertEquals("Kofi Mensah", q.speaker());
    }

    @Test
    void aQuoteInsideATurnKeepsTheSpeakerOfItsOwnSentence() {
        String text = "We asked the planner Lena Okafor and the farmer David Brisk about the new bypass.\n\n"
                + "Brisk: The builder, Hollin Construction, told a meeting that it \"could not afford a tunnel\" at"
                + " all. So the fields go.";
        assertEquals("David Brisk", quote(text, "The builder").speaker());
        assertEquals("Hollin Construction", quote(text, "could not afford").speaker());
    }
}
