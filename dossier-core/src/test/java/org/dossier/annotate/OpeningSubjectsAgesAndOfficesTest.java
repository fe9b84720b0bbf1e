package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * English speaker rules read on set Q's styles: "the 34-year-old" after a player named again by surname is that
 * player; "the Italian added" the one an earlier "The Italian …" introduced as the speaker of its paragraph; a sentence before a bare quote introduces it when its subject's name carries an apposition or an "of"
 * phrase, and an indefinite description as that subject speaks unnamed; a role phrase or a surname opening the
 * sentence before a he/she is the he/she; "the official" is the "a senior official, speaking on condition of
 * anonymity," or "a forecaster at X" before it; "the union" the organisation the article wrote with that noun; "the
 * finance chief" the chief financial officer; "its chief executive" in a lead the person named with that role in the
 * paragraphs after.
 */
class OpeningSubjectsAgesAndOfficesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 10, 19);

    @Test
    void theAgeOfAPlayerNamedAgainBySurnameIsThatPlayer() {
        String text = "Harwick City lost 2-1 to Denby Rovers, whose manager Colin Marsh praised his defence.\n\n"
                + "\"We held on,\" Marsh said.\n\nThe City goalkeeper, Mateusz Brzezinski, was beaten twice from"
                + " corners.\n\nBrzezinski himself was honest. \"I should have come for both,\" the 31-year-old said.";
        assertEquals("Mateusz Brzezinski", Texts.quoteStartingWith(text, DAY, "I should have come").speaker());
    }

    @Test
    void aNationalityNounIsThePersonItIntroducedAsASpeakerBefore() {
        String text = "Marco Bellandi scored the winner as Hartfield beat Ossley 2-1.\n\nThe Italian, who signed in"
                + " July, was modest. \"I was lucky,\" Bellandi said.\n\nOssley's captain, Dean Purcell, blamed the"
                + " pitch. \"It was a bog,\" Purcell said.\n\n\"I want more days like this,\" the Italian added.";
        assertEquals("Marco Bellandi", Texts.quoteStartingWith(text, DAY, "I want more days").speaker());
    }

    @Test
    void aNameWithAnAppositionBeforeItsVerbIntroducesTheBareQuoteAfterIt() {
        String text = "The council's finance director, Yusuf Adeyemi, defended the budget. \"Every line is funded,\""
                + " he said.\n\nMarion Stakes, an independent councillor for Hallow ward, turned to parking."
                + " \"Why do residents pay twice?\"";
        assertEquals("Marion Stakes", Texts.quoteStartingWith(text, DAY, "Why do residents").speaker());
    }

    @Test
    void aNameWithItsFirmBeforeItsVerbIntroducesTheBareQuoteAfterIt() {
        String text = "\"Demand is holding up,\" Chief Executive Lorna Vique said on the call.\n\nTobias Rehn of"
                + " Marlowe Partners pressed Vique on costs. \"How much of the saving is already in the numbers?\"";
        assertEquals("Tobias Rehn", Texts.quoteStartingWith(text, DAY, "How much of the saving").speaker());
    }

    @Test
    void anIndefiniteDescriptionOpeningTheSentenceBeforeSpeaksUnnamed() {
        String text = "\"We are closer than we were,\" the trade minister, Edda Strom, said after the talks.\n\n"
                + "An Asian diplomat who sat in on the afternoon session was less sure. \"Nobody has moved on tariffs.\"";
        QuoteMention q = Texts.quoteStartingWith(text, DAY, "Nobody has moved");
        assertNull(q.speaker(), "not the minister quoted before");
        assertEquals("An Asian diplomat", q.speakerDescription());
    }

    @Test
    void aRolePhraseOpeningTheSentenceBeforeIsTheSheOfTheQuote() {
        String text = "Judge Olwen Pryce told the jury to ignore the remark. Prosecutor Selina Brandt said the"
                + " defence had known of the letter for weeks.\n\n\"It was disclosed in May,\" Ms Brandt said.\n\n"
                + "The judge rose shortly before five. \"We will resume at ten tomorrow,\" she said.";
        assertEquals("Olwen Pryce", Texts.quoteStartingWith(text, DAY, "We will resume").speaker());
    }

    @Test
    void aSurnameOpeningTheSentenceBeforeIsTheHeOfTheQuote() {
        String text = "The committee's chair, Angus Mabey, opened the hearing.\n\nThe chief executive of the water"
                + " company said the leaks were falling. \"We fixed 900 last month,\" he said.\n\nMabey ended the"
                + " session by asking the firm to return in June. \"We will be watching the figures,\" he said.";
        assertEquals("Angus Mabey", Texts.quoteStartingWith(text, DAY, "We will be watching").speaker());
    }

    @Test
    void aSurnameThatReadsAsAPlaceOpeningTheSentenceBeforeIsTheHeOfTheQuote() {
        String text = "The committee's chair, Martin Chester, opened the hearing.\n\nThe chief executive of the water"
                + " company said the leaks were falling. \"We fixed 900 last month,\" he said.\n\nChester ended the"
                + " session by asking the firm to return in June. \"We will be watching the figures,\" he said.";
        assertEquals("Martin Chester", Texts.quoteStartingWith(text, DAY, "We will be watching").speaker());
    }

    @Test
    void theOfficialIsTheIndefiniteSubjectBeforeAParticipleClause() {
        String text = "A senior Ostrian official, speaking on condition of anonymity because the talks were private,"
                + " said the dam was the sticking point. \"Everything else is detail,\" the official said.";
        QuoteMention q = Texts.quoteStartingWith(text, DAY, "Everything else is detail");
        assertEquals("A senior Ostrian official", q.speakerDescription());
    }

    @Test
    void theForecasterIsTheIndefiniteSubjectBeforeAPrepositionalPhrase() {
        String text = "A forecaster at the Brightwater weather service said more rain would fall on Thursday. \"The"
                + " rivers cannot take much more,\" the forecaster said.";
        QuoteMention q = Texts.quoteStartingWith(text, DAY, "The rivers cannot");
        assertEquals("A forecaster at the Brightwater weather service", q.speakerDescription());
    }

    @Test
    void theUnionIsTheOrganisationTheArticleWroteWithThatNoun() {
        String text = "The nurses' union, Care Workers Together, said in a statement that wards had been short-staffed"
                + " for years. \"Nobody listened to us,\" the union said.";
        assertEquals("Care Workers Together", Texts.quoteStartingWith(text, DAY, "Nobody listened").speaker());
    }

    @Test
    void aRoleInALeadIsThePersonNamedWithItInTheParagraphsAfter() {
        String text = "Brindle Foods said on Tuesday that its profit fell, but its chief executive told investors the"
                + " new plant would pay off \"within two harvests.\"\n\nSales rose 4 percent to $2.2 billion.\n\n"
                + "\"We are planting for the next decade,\" Chief Executive Amara Quist said on a call.";
        assertEquals("Amara Quist", Texts.quoteStartingWith(text, DAY, "within two harvests").speaker());
    }

    @Test
    void theFinanceChiefIsTheChiefFinancialOfficer() {
        String text = "Chief Financial Officer Ingrid Solheim said costs would rise. \"We are investing,\" she said.\n\n"
                + "Chief Executive Paul Okonkwo said orders had doubled.\n\nThe finance chief added that the firm would"
                + " buy back shares. \"The stock is cheap,\" she said.";
        assertEquals("Ingrid Solheim", Texts.quoteStartingWith(text, DAY, "The stock is cheap").speaker());
    }
}
