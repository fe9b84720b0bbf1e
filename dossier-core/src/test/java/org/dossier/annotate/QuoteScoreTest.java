package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The held-out scoring shared by the tests and the bench ({@link QuoteScore}), on sets written here. */
class QuoteScoreTest {
    private static final String SET = """
            # a comment before the first article
            ### two-quotes
            date: 2025-03-04
            "We will not close schools," the minister said. Officials said the clinics would stay open.
            >>> Priya Raman | We will not close schools,
            >>> ~ a spokeswoman for Brakefield / Brakefield | Customer safety comes first.
            !!! the clinics would stay open
            @@@ 2025 | 2025
            """;

    @Test
    void aSetIsReadIntoArticlesWithTheirExpectations() {
        QuoteScore.Case c = QuoteScore.parse(SET).get(0);
        assertEquals("two-quotes", c.name());
        assertEquals("2025-03-04", c.date().toString());
        assertFalse(c.text().contains(">>>"), c.text());
        assertEquals(2, c.quotes().size());
        assertEquals(List.of("the clinics would stay open"), c.notQuotes());
        assertEquals("2025", c.times().get(0).value());
    }

    @Test
    void aFoundQuoteMuchLongerThanTheExpectedOneDoesNotHoldIt() {
        assertTrue(QuoteScore.holds("“We will not close schools,”", "We will not close schools,"));
        assertFalse(QuoteScore.holds("We will not close schools, " + "and we will say so again and again ".repeat(4),
                "We will not close schools,"));
        assertFalse(QuoteScore.holds("We will not close", "We will not close schools,"));
    }

    @Test
    void anUnnamedSpeakerIsRightByItsDescriptionOrByANameTheTruthAllows() {
        String want = "~ a spokeswoman for Brakefield / Brakefield";
        assertTrue(QuoteScore.speakerFits(want, null, "a spokeswoman for Brakefield", true));
        assertTrue(QuoteScore.speakerFits(want, "Brakefield", "a spokeswoman for Brakefield", true));
        assertFalse(QuoteScore.speakerFits(want, null, "the company", true));
        assertTrue(QuoteScore.speakerFits(want, null, null, false), "a system without descriptions");
        assertFalse(QuoteScore.speakerFits("Priya Raman", "Tomas Eklund", null, true));
        assertTrue(QuoteScore.speakerFits("Valmoran foreign ministry / Valmora", "the Valmoran foreign ministry", null,
                true));
    }

    @Test
    void paraphraseHeldByAFoundQuoteIsCountedAgainstTheSystem() {
        List<QuoteScore.Case> set = QuoteScore.parse(SET);
        List<String> misses = new ArrayList<>();
        QuoteScore.Figures f = QuoteScore.quotes(set, List.of(List.of(
                new QuoteScore.Found("We will not close schools,", "Priya Raman", "the minister"),
                new QuoteScore.Found("the clinics would stay open", null, "Officials"))), true, misses);
        assertEquals(2, f.expected());
        assertEquals(1, f.found());
        assertEquals(1, f.right());
        assertEquals(1, f.paraphrases());
        assertEquals(0.5, f.recall());
        assertEquals(2, misses.size(), misses.toString());
    }
}
