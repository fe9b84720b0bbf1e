package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Held-out set Q1 (invented English sentences, the pattern of translated reports that keep the source's capital
 * after a quote mark): a quoted fragment standing inside the writer's sentence, capitalised though it opens no
 * sentence and holding no clause (no finite verb), is an emphasis, not a quote; a quoted clause, a lower-case
 * fragment after a reporting verb and a quote opening its sentence stay quotes.
 * First read on the unchanged code (commit of this set): 3 of 6 pass (the three capitalised fragments were quotes).
 */
class CapitalisedFragmentsAreNotQuotesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2031, 3, 9);

    private static boolean quoted(String text, String words) {
        List<QuoteMention> q = Texts.annotate(text, ANCHOR).quotes();
        return q.stream().anyMatch(x -> x.text().contains(words));
    }

    @Test
    void aCapitalisedFragmentAfterAVerbIsNotAQuote() {
        assertFalse(quoted("Minister Alma Kovac said after the meeting in Osla that the two sides remained “Miles "
                + "apart on the basics” on the fishing quotas.", "Miles apart"));
    }

    @Test
    void aCapitalisedFragmentEndingTheWritersSentenceIsNotAQuote() {
        assertFalse(quoted("Minister Alma Kovac insisted that the talks on the fishing quotas should not last "
                + "“Weeks and weeks”.", "Weeks and weeks"));
    }

    @Test
    void aCapitalisedFragmentBetweenCommasIsNotAQuote() {
        assertFalse(quoted("Minister Alma Kovac stressed that, “Not this year”, the fishing deal could not be "
                + "signed in Osla.", "Not this year"));
    }

    @Test
    void aCapitalisedQuotedClauseInsideTheSentenceStaysAQuote() {
        assertTrue(quoted("Minister Alma Kovac said after the vote that “The fishing deal is dead for this year” "
                + "and left Osla.", "The fishing deal is dead"));
    }

    @Test
    void aLowerCaseFragmentAfterAReportingVerbStaysAQuote() {
        assertTrue(quoted("Minister Alma Kovac said the fishing plan was “dead on arrival” in the chamber.",
                "dead on arrival"));
    }

    @Test
    void aQuoteOpeningItsSentenceStaysAQuote() {
        assertTrue(quoted("“We will not sign this fishing deal,” Minister Alma Kovac said in Osla.",
                "We will not sign"));
    }
}
