package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * English quotes that are short or carry no marks of their own: reported fragments of two or three words, a whole
 * short sentence after an attributed one, a printed interview's answers; and speakers named only in the sentence
 * before a quote or as a body of a place.
 */
class ShortQuotesAndInterviewsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2024, 5, 14);

    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, ANCHOR).quotes();
    }

    private static QuoteMention quote(String text, String words) {
        return Texts.quoteOf(text, ANCHOR, words, false);
    }

    @Test
    void aShortFragmentAfterAReportingVerbIsAQuote() {
        QuoteMention q = quote("Senator Paula Reyes said the bill was \"dead on arrival\" in the chamber.",
                "dead on arrival");
        assertEquals("Paula Reyes", q.speaker());
    }

    @Test
    void aShortFragmentWithoutAReportingVerbStaysAScareQuote() {
        assertTrue(quotes("The so-called \"peace plan\" was published on Monday by the committee.").isEmpty());
    }

    @Test
    void aWholeShortSentenceAfterAnAttributedQuoteIsTheSameSpeakers() {
        QuoteMention q = quote("Union leader Derek Ames left the talks. \"They offered us nothing on staffing,\" Ames"
                + " said. \"Nothing at all.\"", "Nothing at all");
        assertEquals("Derek Ames", q.speaker());
    }

    @Test
    void anInterviewsAnswersAreQuotesOfThePersonItsIntroductionNames() {
        QuoteMention q = quote("Kofi Mensah has coached the national team since 2019. We asked him about the cup.\n\n"
                + "Q: Can you win it?\n\nA: We can beat anyone on a good day.", "beat anyone");
        assertEquals("Kofi Mensah", q.speaker());
    }

    @Test
    void aQuoteAfterASentenceAboutANamedPersonIsTheirs() {
        QuoteMention q = quote("Opposition finance spokesman Tom Brenner spoke after the vote.\n\n"
                + "Brenner was blunt. \"This budget is a fantasy. The numbers do not add up.\"", "fantasy");
        assertEquals("Tom Brenner", q.speaker());
    }

    @Test
    void aPersonNamedBetweenCommasBeforeTheVerbSpeaks() {
        String text = "Olu Bankole has sold vegetables at the market for years.\n\n\"I found out from a piece of"
                + " paper on a pole,\" Bankole, a father of three, said.";
        assertEquals("Olu Bankole", quote(text, "piece of paper").speaker());
        assertEquals("Ines Moreau", quote("\"We are asking everyone to get a booster,\" the agency's chief medical"
                + " officer, Dr. Ines Moreau, said at a briefing.", "booster").speaker());
    }

    @Test
    void aRankBeforeTheNameIsATitleNotPartOfTheName() {
        assertEquals("Dana Ruiz", quote("\"The water was just too cold and too rough,\" Petty Officer Dana Ruiz"
                + " told reporters.", "too cold").speaker());
    }

    @Test
    void quotedAsSayingGivesTheSubjectOfQuoted() {
        assertEquals("Arno Valk", quote("Foreign Minister Arno Valk was quoted by the state news agency as saying the"
                + " border would stay closed \"until the situation is clear\".", "situation").speaker());
    }

    @Test
    void aFirstNameListedWithBothGendersDoesNotBlockAPronoun() {
        assertEquals("Priya Natarajan", quote("Priya Natarajan apologised to customers.\n\n\"We grew faster than our"
                + " systems could handle,\" she wrote.", "grew faster").speaker());
    }

    @Test
    void theGovernmentOfAPlaceSpeaksAsThatBody() {
        QuoteMention q = quote("The government of Portugal said on Thursday it would expel two diplomats, calling"
                + " their conduct \"incompatible with their diplomatic status\".", "incompatible");
        assertEquals("government of Portugal", q.speaker());
    }
}
