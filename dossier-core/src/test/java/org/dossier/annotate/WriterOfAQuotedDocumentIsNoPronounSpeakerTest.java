package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out set X's hearing: the writer of a document read out, in a relative clause
 * ("a letter in which a junior engineer wrote that …"), is no speaker a he/she of the next quote stands for; the
 * one who read it out, quoted before, is.
 */
class WriterOfAQuotedDocumentIsNoPronounSpeakerTest {
    @Test
    void aQuestionAfterADocumentReadOutIsTheReadersOwn() {
        QuoteMention q = Texts.quoteStartingWith("""
                Councillor Megan Price, who leads the scrutiny panel, was not satisfied. "Residents were told the \
                bridge was safe," she said.

                Price then quoted from a letter, released under freedom of information, in which a junior engineer \
                wrote in 2021 that the bearings were "close to failure".

                "Who read that letter before today?" she asked.""", LocalDate.of(2026, 6, 3), "Who read that letter");
        assertEquals("Megan Price", q.speaker());
    }
}
