package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out set V's misses: a reporting verb after "not", "n't" or "never" ("when the
 * company did not respond", "the court did not criticise the jury") reports no speech, so neither a he/she nor a
 * quote with no attribution of its own is given to its subject.
 */
class NegatedReportingVerbsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 26);

    private static QuoteMention quote(String text, String start) {
        return Texts.quoteStartingWith(text, DAY, start);
    }

    @Test
    void sheAfterASubjectThatDidNotRespondIsTheOneSpeaking() {
        QuoteMention q = quote("""
                The inquiry also heard from Dr Meera Joshi, the engineer who wrote the report. She said she had \
                been alarmed when the company did not respond. "I had never had a report met with silence," she \
                said.""", "I had never had");
        assertEquals("Meera Joshi", q.speaker());
    }

    @Test
    void aQuoteAfterWhatTheCourtDidNotSayIsTheSpeakersBefore() {
        QuoteMention q = quote("""
                Giving the judgment, Lady Justice Marlow said new evidence showed the fire was an accident. 'The \
                jury was misled,' she said.

                She added that the court did not criticise the jury. 'They were entitled to rely on an expert.'""",
                "They were entitled");
        assertEquals("Lady Justice Marlow", q.speaker());
    }
}
