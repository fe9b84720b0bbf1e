package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Speaker phrases of English news read as an annotator reads them: a name inside a relative clause is not the
 * subject; "the city" is not the city's director; a noun of one sex beside a name ("Her son, Callum") keeps a
 * "she" off him, a possessor's noun ("the widow's lawyer") does not; a pronoun subject opening the sentence before a bare quote speaks it; "said the teenager" is the
 * one just named by surname; a league a tagger typed MISC speaks by its name; "praised her players' "…"" is the
 * subject's; a printed interview's answers are the person its introduction names by surname.
 */
class SpeakerPhrasesReadRightTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 3);

    @Test
    void nameInsideARelativeClauseIsNotTheSubject() {
        String text = "Perpetua Voyle, who owns a bakery on Harmon, said she feared losing trade. \"My regulars are"
                + " not cyclists,\" she said.";
        assertEquals("Perpetua Voyle", Texts.quoteStartingWith(text, DAY, "My regulars").speaker());
    }

    @Test
    void thePossessorOfARoleIsNotThePersonInIt() {
        String text = "Ambrose Teale, the city's transportation director, presented the plan.\n\n\"Work will be"
                + " phased to keep every shop open,\" the city said in a statement.";
        assertNotEquals("Ambrose Teale", Texts.quoteStartingWith(text, DAY, "Work will be phased").speaker());
    }

    @Test
    void aSonIsPassedOverByShe() {
        String text = "Marguerite Ollerenshaw has kept the light for 31 years.\n\nHer son, Callum, lives on the"
                + " mainland. \"I send batteries,\" says Callum Ollerenshaw.\n\nShe remembers the wreck of 1998."
                + " \"The radio was full of shouting.\"";
        assertEquals("Marguerite Ollerenshaw", Texts.quoteStartingWith(text, DAY, "The radio was full").speaker());
    }

    @Test
    void aPossessorsNounGivesNoGender() {
        String text = "Dorcas Amberley, the widow, sat in the front row. The widow's lawyer, Kester Vallance, spoke"
                + " first.\n\n\"We want answers,\" she said.";
        assertEquals("Dorcas Amberley", Texts.quoteStartingWith(text, DAY, "We want answers").speaker());
    }

    @Test
    void pronounOpeningTheSentenceBeforeABareQuoteSpeaksIt() {
        String text = "Martin Borrowdale spoke after the vote.\n\nAnnika Selwyn, the treasurer, left early.\n\nHe"
                + " stayed to talk to residents. \"We will try again next year.\"";
        assertEquals("Martin Borrowdale", Texts.quoteStartingWith(text, DAY, "We will try again").speaker());
    }

    @Test
    void theTeenagerIsTheOneJustNamedBySurname() {
        String text = "Portlow manager Rosalind Keaney praised her side.\n\nSubstitute Kwabena Asamoah-Ferris scored"
                + " late. Asamoah-Ferris, 19, said he had dreamed of it. \"My dad brought me here when I was six,\""
                + " said the teenager.";
        assertEquals("Kwabena Asamoah-Ferris", Texts.quoteStartingWith(text, DAY, "My dad brought me").speaker());
    }

    @Test
    void leagueTypedMiscSpeaksByItsName() {
        String text = "\"Match officials' decisions are reviewed after every fixture as a matter of course,\" the"
                + " Westmark Football League said in a statement.";
        assertEquals("Westmark Football League", Texts.quoteStartingWith(text, DAY, "Match officials").speaker());
    }

    @Test
    void praisingSubjectSpeaksTheFragment() {
        String text = "Ashby manager Philippa Crowcombe praised her players' \"refusal to accept a draw\" after the"
                + " match.";
        assertEquals("Philippa Crowcombe", Texts.quoteStartingWith(text, DAY, "refusal to accept").speaker());
    }

    @Test
    void interviewAnswersAreThePersonTheIntroductionNamesBySurname() {
        String text = "Ysolde Marrack has kept the light since 1994.\n\n\"Their logbooks go back to 1821,\" says Dr"
                + " Helena Voskuijlen, a historian.\n\nIn a conversation in the kitchen, Marrack talked about"
                + " solitude.\n\nQ: Do you get lonely?\n\nA: Less than people in cities, I think.";
        assertEquals("Ysolde Marrack", Texts.quoteStartingWith(text, DAY, "Less than people").speaker());
    }
}
