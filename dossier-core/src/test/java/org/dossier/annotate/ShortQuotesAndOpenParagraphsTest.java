package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Short utterances are quotes when a reporting clause names who says them, however long the speaker phrase before
 * the verb ("Yes," Detective Sergeant … told the court; "Maybe," Hale, 61, said), or when they make a whole sentence
 * after a reporting colon; a reported lower-case fragment in single quotes of two or three words is a quote; a scare
 * quote is still none; and a paragraph ending with an opening mark leaves its quote open into the next paragraph
 * (in any language written with straight marks).
 */
class ShortQuotesAndOpenParagraphsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 8);

    @Test
    void oneWordBeforeATitledNameAndItsVerbIsAQuote() {
        String text = "The officer was asked whether he had seen the van. \"Yes,\" Detective Sergeant Lucan Thirkell"
                + " told the court.";
        assertEquals("Lucan Thirkell", Texts.quoteStartingWith(text, DAY, "Yes").speaker());
    }

    @Test
    void oneWordBeforeARoleAndANameIsAQuote() {
        String text = "\"Never,\" the former prime minister Wilhelmina Ostrova replied when asked about a comeback.";
        assertEquals("Wilhelmina Ostrova", Texts.quoteStartingWith(text, DAY, "Never").speaker());
    }

    @Test
    void oneWordBeforeASurnameWithAnAgeIsAQuote() {
        String text = "Tobiah Greenhalgh was asked whether he would stand again. \"Maybe,\" Greenhalgh, 61, said.";
        assertEquals("Tobiah Greenhalgh", Texts.quoteStartingWith(text, DAY, "Maybe").speaker());
    }

    @Test
    void oneWordSentenceAfterAReportingColonIsAQuote() {
        String text = "Asked about the merger, chief executive Ingram Solvik said simply: \"No.\"";
        assertEquals("Ingram Solvik", Texts.quoteStartingWith(text, DAY, "No").speaker());
    }

    @Test
    void reportedTwoWordFragmentInSingleQuotesIsAQuote() {
        String text = "In a police interview, Rufus Pendleford described the payments as 'a loan' that he had meant"
                + " to repay.";
        assertEquals("Rufus Pendleford", Texts.quoteStartingWith(text, DAY, "a loan").speaker());
    }

    @Test
    void scareQuoteWithNoReportingVerbIsNoQuote() {
        String text = "The so-called \"dry hours\" will be published for each district of Marlowe on Monday.";
        List<QuoteMention> qs = Texts.annotate(text, DAY).quotes();
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void paragraphEndingWithAnOpeningMarkContinuesInTheNext() {
        String text = "Ysolde Marrack remembers the night the trawler lost power. \"The radio was full of shouting in"
                + " a language I did not know. I kept the light turning.\n\n\"When the crew came in, the skipper shook"
                + " my hand.\"";
        QuoteMention q = Texts.quoteStartingWith(text, DAY, "The radio was full");
        assertTrue(q.text().endsWith("I kept the light turning."), q.text());
        assertEquals("Ysolde Marrack", q.speaker());
    }

    @Test
    void spanishParagraphEndingWithAnOpeningMarkContinuesInTheNext() {
        String text = "La farera Ysolde Marrack recuerda la noche del naufragio. \"Nadie explicó nada por la radio y"
                + " no entendía a nadie. Seguí girando la luz.\n\n\"Cuando trajeron a la tripulación, el patrón me dio"
                + " la mano\", dijo Marrack.";
        Article a = new Article("t", null, null, null, null, null, null, null, "es", null, text, 0, null, null);
        List<QuoteMention> qs = Texts.ANNOTATOR.annotate(a, DAY).quotes();
        QuoteMention q = qs.stream().filter(m -> m.text().startsWith("Nadie explicó")).findFirst()
                .orElseThrow(() -> new AssertionError(qs.toString()));
        assertTrue(q.text().endsWith("Seguí girando la luz."), q.text());
    }
}
