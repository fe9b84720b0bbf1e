package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rules written for held-out set N's misses: a pronoun that replies is not the one who put the question
 * or suggestion in the sentence before, a speaker whose role stands before the name in apposition ("An outside
 * analyst, Dr X, called it "…""), a subject with an apposition between a quote's two halves ("…," a spokeswoman for
 * the owner, Y Ltd, said, "…"), and a short quote in a sentence that a closing reporting clause attributes
 * ("… is in "serious trouble", engineers said").
 */
class RepliesAppositionsAndClosingReportClausesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 10);

    private static QuoteMention quote(String text, String start) {
        return Texts.quoteStartingWith(text, DAY, start);
    }

    @Test
    void aSubjectWithAnAppositionBetweenAQuotesHalvesSpeaksBoth() {
        QuoteMention q = quote("""
                Tenants at Larchmont Court say the heating has failed four times this winter, said organiser Dilys Mair.

                "Repairs are booked for Friday," a spokeswoman for the landlord, Corbel Homes, said, "and we are \
                sorry for the disruption.\"""", "Repairs are booked");
        assertEquals("Corbel Homes", q.speaker(), q.toString());
        assertEquals("a spokeswoman for the landlord", q.speakerDescription(), q.toString());
    }

    @Test
    void aRoleInAppositionBeforeTheNameLeavesTheName() {
        QuoteMention q = quote("""
                The regulator's chief economist, Dr Ilse Brandvold, said prices would fall by spring.

                An outside consultant, Dr Owain Pritchard, called the forecast "wildly optimistic and \
                badly timed".""", "wildly optimistic");
        assertEquals("Owain Pritchard", q.speaker(), q.toString());
    }
}
