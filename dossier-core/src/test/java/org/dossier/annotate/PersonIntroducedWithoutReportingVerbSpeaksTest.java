package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out set X's pupils and relatives: a person a sentence opens with, brought in
 * after the last reporting clause and without one of their own ("Maya Okoro, 17, missed her offer by a grade." /
 * "His wife, Rosa, had come straight from work."), is who a he/she of the matching gender in the next quote stands
 * for, not the last one who was quoted.
 */
class PersonIntroducedWithoutReportingVerbSpeaksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 8, 20);

    @Test
    void aPupilIntroducedInTheParagraphBeforeIsTheSheOfTheNextQuote() {
        QuoteMention q = Texts.quoteStartingWith("""
                Results at Hillcrest College were the best in a decade, principal Janet Morrow told the Gazette.

                "They worked harder than any year I have taught," she said.

                Not every pupil was celebrating. Maya Okoro, 17, missed her offer to study law by a grade.

                "I am gutted, to be honest," she said.""", DAY, "I am gutted");
        assertEquals("Maya Okoro", q.speaker());
    }

    @Test
    void aRelativeIntroducedInTheQuotesOwnParagraphIsTheSheOfIt() {
        QuoteMention q = Texts.quoteStartingWith("""
                Among the winners was Samuel Adeyemi, 18, who is off to study chemistry. "I thought I had failed," \
                he said.

                His mother, Folake, had taken the day off work. "He has not slept for a week," she laughed.""",
                DAY, "He has not slept");
        assertEquals("Folake", q.speaker());
    }
}
