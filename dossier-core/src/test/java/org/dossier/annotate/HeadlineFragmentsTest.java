package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * A short fragment closing a live entry's heading after its source and a colon ("Think tank: numbers 'don't add
 * up'") is a quote, of the speaker of the entry the heading opens; after a label that names no speaker
 * ("Explainer:") it stays out.
 */
class HeadlineFragmentsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 11, 26);
    private static final String LIVE = "Budget day live: the reaction\n\n"
            + "15:20 GMT — Think tank: numbers 'don't add up'\n\n"
            + "The director of the Fiscal Policy Unit, Dr Hannah Moss, said the plans rested on hope. \"If growth"
            + " disappoints, the headroom is gone within a year,\" she said.";

    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, ANCHOR).quotes();
    }

    private static QuoteMention quote(String text, String words) {
        return Texts.quoteOf(text, ANCHOR, words, true);
    }

    @Test
    void aFragmentClosingAHeadingAfterItsSourceAndAColonIsAQuote() {
        quote(LIVE, "don't add up");
    }

    @Test
    void aHeadingsQuoteIsTheSpeakerOfTheEntryItOpens() {
        assertEquals("Hannah Moss", quote(LIVE, "don't add up").speaker());
    }

    @Test
    void aFragmentAfterAHeadingLabelThatNamesNoSpeakerIsNoQuote() {
        String text = "Work and money\n\n"
                + "Explainer: what is 'quiet quitting'\n\n"
                + "The phrase spread on social media last year.";
        assertTrue(quotes(text).isEmpty(), quotes(text).toString());
    }
}
