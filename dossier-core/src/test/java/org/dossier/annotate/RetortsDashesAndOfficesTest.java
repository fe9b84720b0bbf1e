package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * English speaker rules read on set P's styles: a verb and particle that report speech together ("shot back"); the
 * one named in the agent of an opening participle ("Pressed by the host, X,") is no he/she of the sentence; "the
 * minister" is not the shadow minister; a dash after a quote names its speaker wherever the quote stands; one word in
 * marks after a "be" of a reported clause is a quote.
 */
class RetortsDashesAndOfficesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 2, 26);

    @Test
    void aVerbAndParticleReportSpeechTogether() {
        String text = "Councillor Imelda Farrant asked why the pool had closed. \"Because it was unsafe,\" said the"
                + " leisure chief, Osric Pellow.\n\n\"That is not an answer,\" Ms Farrant said.\n\n\"It is an honest"
                + " one,\" Mr Pellow shot back.";
        assertEquals("Osric Pellow", Texts.quoteStartingWith(text, DAY, "It is an honest").speaker());
    }

    @Test
    void theAgentOfAnOpeningParticipleIsNoPronounsSubject() {
        String text = "Speaking to Radio Quenby, the housing secretary, Rosalind Achary, said: \"Rents will not fall"
                + " this year.\"\n\nPressed by the presenter, Tamsin Welford, on why, she said builders were short"
                + " of staff. \"We cannot build homes without bricklayers,\" she told the programme.";
        assertEquals("Rosalind Achary", Texts.quoteStartingWith(text, DAY, "We cannot build").speaker());
    }

    @Test
    void theMinisterIsNotTheShadowMinister() {
        String text = "The rail minister, Bertram Oakes, said new trains would arrive in May.\n\nPhilippa Norbury,"
                + " the shadow rail minister, asked whether fares would rise for commuters. \"I will write to the"
                + " honourable lady,\" the minister said.";
        assertEquals("Bertram Oakes", Texts.quoteStartingWith(text, DAY, "I will write to").speaker());
    }

    @Test
    void aDashAfterAQuoteNamesItsSpeakerInsideAParagraph() {
        String text = "Councillor Ulrich Brandwood said the pier would reopen in June.\n\nReaction in the harbour was"
                + " swift. \"We were told June last year, too.\" — Perpetua Marsh, who runs a cafe on the quay";
        assertEquals("Perpetua Marsh", Texts.quoteStartingWith(text, DAY, "We were told June").speaker());
    }

    @Test
    void oneWordAfterABeOfAReportedClauseIsAQuote() {
        String text = "The Loxley Rowing Club said in a statement that it was \"devastated\" by the fire.";
        assertTrue(Texts.annotate(text, DAY).quotes().stream().anyMatch(q -> q.text().contains("devastated")),
                "the one-word quote after 'was' is read");
    }
}
