package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * A short lower-case fragment naming the object of a naming verb ("called the strike "a disgrace"") is a quote of
 * the verb's subject, named or not; a label inside the writer's noun phrase, a passive naming and a reflexive one
 * (a name) stay scare quotes.
 */
class NamingVerbFragmentsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 3, 10);

    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, ANCHOR).quotes();
    }

    private static QuoteMention quote(String text, String words) {
        return Texts.quoteOf(text, ANCHOR, words, true);
    }

    @Test
    void aFragmentNamingTheObjectOfCallIsAQuoteOfItsSubject() {
        assertEquals("Mark Hale", quote("Transport secretary Mark Hale called the strike \"a disgrace\".",
                "a disgrace").speaker());
    }

    @Test
    void theUnnamedSubjectOfANamingVerbInAClauseAfterAPrepositionSpeaks() {
        QuoteMention q = quote("Fares will rise by 9% in March, in a decision passenger groups called \"a slap in"
                + " the face\".", "a slap in the face");
        assertEquals("passenger groups", String.valueOf(q.speakerDescription()).toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aLabelInsideTheWritersNounPhraseIsNoQuote() {
        String text = "Critics have called the tour a \"cash grab\" since it was announced.";
        assertTrue(quotes(text).isEmpty(), quotes(text).toString());
    }

    @Test
    void aPassiveNamingIsNoQuote() {
        String text = "The scheme has been dubbed \"rent for nothing\" by locals.";
        assertTrue(quotes(text).isEmpty(), quotes(text).toString());
    }

    @Test
    void aReflexiveNamingIsANameNotAQuote() {
        String text = "Her fans, who call themselves \"the road crew\", queued all day.";
        assertTrue(quotes(text).isEmpty(), quotes(text).toString());
    }
}
