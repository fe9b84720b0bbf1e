package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * English speaker rules read on set S's styles: a group named with a possessive pronoun ("his campaign said") speaks
 * for the person the pronoun stands for and is named after that person, or as the article wrote it with the name
 * before; a reporting verb that is a participle describing the noun before it ("the delays reported in the survey")
 * names no speaker, so a bare quote after it stays with the one who said the sentence; "the detective" is the person
 * set off by a relative clause saying they led the investigation, though no rank was written beside the name; "the
 * witness replied" after a quoted question is the one questioned, the last other person quoted before it; a lone
 * given name no model tagged, set off before an apposition ("Tom, a 52-year-old electrician, said"), is the speaker;
 * "it said" after "The memo said …" is the memo's writer, quoted before in a paragraph that wrote the memo.
 */
class CampaignsParticiplesAndInvestigatorsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 10, 2);

    @Test
    void aCampaignNamedWithHisIsThePersonsCampaignNamedAfterHisSurname() {
        String text = "The Green candidate, Tobias Wrenfield, who opposes the bypass, was not at the meeting. \"Tobias"
                + " will keep fighting this road until the last vote is counted,\" his campaign said in a statement.";
        assertEquals("Wrenfield's campaign", Texts.quoteStartingWith(text, DAY, "Tobias will keep").speaker());
    }

    @Test
    void aCampaignNamedWithHerIsTheCampaignAsTheArticleWroteItBefore() {
        String text = "The senator Maria Castell spoke to farmers in the morning.\n\nOkonkwo's campaign hit back within"
                + " the hour. \"The senator has never once voted to cut a farmer's taxes,\" her campaign said.";
        assertEquals("Okonkwo's campaign", Texts.quoteStartingWith(text, DAY, "The senator has never").speaker());
    }

    @Test
    void aParticipleDescribingTheNounBeforeItNamesNoSpeakerOfTheQuoteAfter() {
        String text = "\"The trains are running again,\" said Priya Lomax, a transport analyst at Halden Research.\n\n"
                + "She said the delays reported in the survey were mostly short. \"Ten minutes here and there."
                + " Hardly anyone missed a flight.\"";
        assertEquals("Priya Lomax", Texts.quoteStartingWith(text, DAY, "Ten minutes here").speaker());
    }

    @Test
    void theDetectiveIsThePersonWhoLedTheInvestigationWithNoRankBesideTheName() {
        String text = "The jury heard from Carmen Ilesanmi, who led the investigation for the county sheriff's office,"
                + " and from two neighbours.\n\nThe defendant was found guilty of arson on Friday.\n\n\"We knew from"
                + " the first week who had bought the petrol,\" the detective told reporters outside court.";
        assertEquals("Carmen Ilesanmi", Texts.quoteStartingWith(text, DAY, "We knew from").speaker());
    }

    @Test
    void theWitnessAnsweringAQuotedQuestionIsTheLastOtherPersonQuotedBeforeIt() {
        String text = "Carmen Ilesanmi told the court she had traced the van. \"It was parked two streets away,\" she"
                + " said.\n\nThe defence lawyer, Piotr Nowak, asked about the night. \"Did anyone see my client at the"
                + " wheel?\"\n\n\"A neighbour did,\" the witness replied.";
        assertEquals("Carmen Ilesanmi", Texts.quoteStartingWith(text, DAY, "A neighbour did").speaker());
    }

    @Test
    void aLoneGivenNameBeforeAnAppositionSpeaksForTheHeAfterIt() {
        String text = "The ferry was cancelled again.\n\nTom, a 46-year-old roofer, said he had given up and would drive"
                + " home. \"Nobody tells us anything,\" he said."; // the model tags no name here
        assertEquals("Tom", Texts.quoteStartingWith(text, DAY, "Nobody tells us").speaker());
    }

    @Test
    void theMemoSpeaksForTheOneWhoseMemoWasQuotedBefore() {
        String text = "In a memo to staff, the chief executive, Lena Moravec, said the firm had grown too fast. \"This"
                + " is the hardest call I have made,\" she wrote.\n\nThe memo said staff who lose their jobs would be"
                + " paid until June. \"If you are affected, you will hear from us within the hour,\" it said.";
        assertEquals("Lena Moravec", Texts.quoteStartingWith(text, DAY, "If you are affected").speaker());
    }
}
