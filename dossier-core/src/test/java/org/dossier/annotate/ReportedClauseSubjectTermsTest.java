package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * A short fragment that is the subject of a reported clause, right after "that" and before its verb ("said that
 * "smart meters" saved money"), is the writer's term for a thing, not a quote; a fragment later in the clause is.
 */
class ReportedClauseSubjectTermsTest {
    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, LocalDate.of(2025, 6, 12)).quotes();
    }

    @Test
    void aFragmentOpeningAReportedClauseBeforeItsVerbIsNoQuote() {
        String text = "The regulator said in a report that \"smart meters\" saved households money last winter.";
        assertTrue(quotes(text).isEmpty(), quotes(text).toString());
    }

    @Test
    void aFragmentLaterInTheReportedClauseIsStillAQuote() {
        List<QuoteMention> q = quotes("The regulator, Ofreg, said that the meters were \"a waste of money\".");
        assertEquals(1, q.size(), q.toString());
    }
}
