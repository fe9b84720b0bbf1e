package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * English speaker rules read on set R's styles: the named subject of a describing verb that opens a relative clause
 * on a noun speaks the quote after the verb ("a price its founder, X, called "…"", "a problem X calls "…""), and a
 * bare question is asked by the one the sentence before says the question came from; "the statement said" is the
 * organisation the paragraph before the quote wrote as saying it in a statement, with no quote of it before.
 */
class RelativeDescribersAndQuestionSourcesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 14);

    @Test
    void anApposedNameBeforeCalledInARelativeClauseOnANounSpeaksTheQuote() {
        String text = "Brightwell unveiled its new scooter on Tuesday, with a price its founder, Hanna Voss, called"
                + " \"fair for anyone who rides every day.\"";
        assertEquals("Hanna Voss", Texts.quoteStartingWith(text, DAY, "fair for anyone").speaker());
    }

    @Test
    void aNameBeforeCallsInARelativeClauseOnANounSpeaksTheQuote() {
        String text = "Paul Mensah founded the bakery chain Crumbly in 2015.\n\nLast winter the chain closed six"
                + " shops after a supplier went bust, a setback Mensah calls \"the hardest month we have had\".";
        assertEquals("Paul Mensah", Texts.quoteStartingWith(text, DAY, "the hardest month").speaker());
    }

    @Test
    void aBareQuestionIsAskedByTheOneTheSentenceBeforeSaysTheQuestionCameFrom() {
        String text = "The mayor, Ruth Okafor, defended the new bus lanes at the public meeting.\n\nThe first question"
                + " came from Glen Farrow of the Mill Road Traders. \"Who asked the shops before the lanes went in?\"";
        assertEquals("Glen Farrow", Texts.quoteStartingWith(text, DAY, "Who asked the shops").speaker());
    }

    @Test
    void theStatementIsTheOrganisationThatSaidItInAStatementBeforeTheQuote() {
        String text = "The actor Lena Hartig will star in the new film.\n\nThe film's studio, Bluegate Pictures, said in"
                + " a statement that filming would begin in May. \"We could not be happier,\" the statement said.";
        assertEquals("Bluegate Pictures", Texts.quoteStartingWith(text, DAY, "We could not be happier").speaker());
    }
}
