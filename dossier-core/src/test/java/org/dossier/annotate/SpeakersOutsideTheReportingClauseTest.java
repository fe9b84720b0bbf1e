package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Speakers that no reporting clause names: a person introduced in the sentence after a quote, a transcript's
 * capitalised surname labels, a name apposed to the subject of a colon-introduced quote, a title after "said"
 * that the tagger reads as a verb.
 */
class SpeakersOutsideTheReportingClauseTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

    private static String speakerOf(String text, String quoteStart) {
        List<QuoteMention> quotes = Texts.annotate(text, DAY).quotes();
        return quotes.stream().filter(q -> q.text().startsWith(quoteStart)).map(QuoteMention::speaker).findFirst()
                .orElse("no quote " + quotes);
    }

    @Test
    void aPersonIntroducedInTheNextSentenceSpeaks() {
        assertEquals("Tomas Reilly", speakerOf("""
                The river broke its banks overnight.

                "We had twenty minutes to get out." Tomas Reilly, 58, stood outside his flooded shop on Main Street.""",
                "We had twenty"));
    }

    @Test
    void aPersonNamedBeforeIsNotTakenFromTheNextSentence() {
        assertEquals("Ann Price", speakerOf("""
                Ann Price runs the shelter with Joe Marr. "We are full every night," she said.

                "Nobody should sleep outside in this cold." Joe Marr was away on Monday.""",
                "Nobody should sleep"));
    }

    @Test
    void aTranscriptTurnIsTheQuoteOfThePersonItsLabelNames() {
        assertEquals("Lucia Ferreira", speakerOf("""
                The architect Lucia Ferreira talked to host Sam Oakes about the new library.

                OAKES: Why so much glass?

                FERREIRA: Because a library should be seen from the street.""", "Because a library"));
    }

    @Test
    void aNameApposedToTheSubjectOfAColonQuoteSpeaks() {
        assertEquals("Karen Lowe", speakerOf("""
                The chair of the nurses' association, Karen Lowe, was direct: "We cannot staff these wards.\"""",
                "We cannot staff"));
    }

    @Test
    void aTitleAfterSaidThatLooksLikeAVerbStillNamesTheSpeaker() {
        assertEquals("Ines Kovac", speakerOf("""
                "The samples surprised us," said lead author Ines Kovac, a chemist at the institute.""",
                "The samples surprised"));
    }
}
