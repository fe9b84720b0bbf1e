package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rules written for the styles of held-out set G: crowds that chant, "the board" after a named board,
 * names before or after a long relative clause, a reporter's question, namesakes told apart by Mr and Mrs, a woman
 * named after her husband, titles of office in a name typed as an organisation, one-word answers, a double-quoted
 * stretch inside a single-quoted quote; and, for set H's misses, "the company" after a company named with its noun,
 * surnames with lower-case particles, a company noun before a name.
 */
class WireCopyAndFeatureSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 2);

    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, DAY).quotes();
    }

    private static QuoteMention quote(String text, String start) {
        return Texts.quoteStartingWith(text, DAY, start);
    }

    @Test
    void aCrowdThatChantsIsTheSpeakerOfItsChant() {
        QuoteMention q = quote("""
                Hundreds of farmers drove tractors into the city centre on Friday.

                "No farmers, no food!" the crowd chanted outside the ministry.""", "No farmers, no food");
        assertEquals(null, q.speaker());
        assertEquals("the crowd", q.speakerDescription());
    }

    @Test
    void theBoardAfterANamedBoardIsThatOrganisation() {
        QuoteMention q = quote("""
                The Northern Water Board has banned hosepipes across the region from Monday.

                "Reservoirs are at their lowest level in thirty years," the board said in a statement.""",
                "Reservoirs are at");
        assertEquals("Northern Water Board", q.speaker());
    }

    @Test
    void aSubjectNamedBeforeALongRelativeClauseSpeaks() {
        QuoteMention q = quote("""
                The museum will reopen in May after a two-year refit.

                Clara Bianchi, who became director in 2021 after fifteen years at a gallery in Turin and who oversaw \
                the whole of the building work, said: "Visitors will not recognise the place.\"""", "Visitors will");
        assertEquals("Clara Bianchi", q.speaker());
    }

    @Test
    void aNameAfterARelativeClauseThatClosesTheSentenceSpeaks() {
        QuoteMention q = quote("""
                The hospital has cut its waiting list by a third.

                "We opened the theatres at weekends," said the trust's medical director, who joined from a London \
                hospital last spring, Tunde Adebayo.""", "We opened the theatres");
        assertEquals("Tunde Adebayo", q.speaker());
    }

    @Test
    void aQuestionAfterAskedByIsTheAskersNotTheAnswerers() {
        String text = """
                The chancellor was pressed on Thursday about the cost of the new stadium.

                Asked by a journalist, "Will taxpayers pay for any overrun?", Chancellor Anna Berg said: "No. The \
                contract is fixed.\"""";
        QuoteMention question = quote(text, "Will taxpayers pay");
        assertEquals(null, question.speaker());
        assertEquals("a journalist", question.speakerDescription());
        assertEquals("Anna Berg", quote(text, "No. The contract").speaker());
    }

    @Test
    void mrsAndMrWithOneSurnameAreTheWomanAndTheMan() {
        String text = """
                A couple from Bexley have won the lottery for the second time.

                Margaret Doyle, 67, and her husband, George Doyle, 70, bought the ticket at their local shop.

                "I thought it was a joke," Mrs Doyle said.

                "I am still not sure it isn't," Mr Doyle said.""";
        assertEquals("Margaret Doyle", quote(text, "I thought it was").speaker());
        assertEquals("George Doyle", quote(text, "I am still not").speaker());
    }

    @Test
    void aWomanNamedAfterHerHusbandKeepsHerTitle() {
        QuoteMention q = quote("""
                A concert hall is to be named after a local benefactor.

                The money came from Mrs. Charles Whitmore, whose husband Charles Whitmore founded the town's mill.

                "Charles loved music more than anything," Mrs. Whitmore said.""", "Charles loved music");
        assertEquals("Mrs. Charles Whitmore", q.speaker());
    }

    @Test
    void aTitleOfOfficeIsNotPartOfTheSpeakersName() {
        QuoteMention q = quote("""
                ACCRA (Newswire) - The country's biggest insurer is to list its shares in London.

                "We want investors from everywhere," says Managing Director Kwesi Mensah-Ofori.""", "We want investors");
        assertEquals("Kwesi Mensah-Ofori", q.speaker());
    }

    @Test
    void aOneWordAnswerWithItsSpeakerIsAQuote() {
        String text = """
                The witness was asked about the night of the fire.

                "Did you see anyone leave the building?" the prosecutor, Helen Marsh, asked.

                "Yes," Daniel Okafor replied.""";
        assertEquals("Daniel Okafor", quote(text, "Yes").speaker());
    }

    @Test
    void aOneWordQuoteInsideASentenceIsNotAnAnswer() {
        List<QuoteMention> quotes = quotes("""
                The band called its new album "Tides," said the label, which will release it in June.""");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Tides")), quotes.toString());
    }

    @Test
    void aDoubleQuotedStretchInsideASingleQuotedQuoteIsPartOfIt() {
        QuoteMention q = quote("""
                The retiring bishop has given his last sermon.

                'My father told me, "Always leave the door open." I have tried to,' Bishop Paul Amani said.""",
                "My father told me");
        assertTrue(q.text().contains("Always leave the door open") && q.text().endsWith("I have tried to,"), q.text());
        assertEquals("Paul Amani", q.speaker());
    }

    @Test
    void theCompanyIsTheOrganisationTheArticleIntroducedAsACompany() {
        QuoteMention q = quote("""
                OSLO (Newswire) - Shipping firm Nordic Cargo Lines will close two routes in the north, it said on Monday.

                "Fuel costs have made these routes too costly to run," the company said in a statement.""",
                "Fuel costs have");
        assertEquals("Nordic Cargo Lines", q.speaker());
    }

    @Test
    void theCompanyIsTheOrganisationTheSentenceBeforeOpensWithAsItsSpeaker() {
        QuoteMention q = quote("""
                A container ship ran aground off the port of Kellby on Tuesday, the coast guard said.

                Halvard Lines said the ship had lost engine power shortly before it ran aground. "Our first concern \
                was the safety of the crew," the company said.""",
                "Our first concern");
        assertEquals("Halvard Lines", q.speaker());
    }

    @Test
    void aSurnameWithLowerCaseParticlesIsThePersonNamedInFull() {
        String text = """
                The Dutch skater Marit van der Linden won the 1,500 metres on Saturday.

                "The ice was perfect today," van der Linden said.""";
        assertEquals("Marit van der Linden", quote(text, "The ice was").speaker());
    }

    @Test
    void aCompanyNounOpeningASentenceIsNotAFirstName() {
        QuoteMention q = quote("""
                Carmaker Zentro will build a battery plant near Valencia.

                "Spain gives us the space and the skills we need," Zentro said in a statement.""", "Spain gives us");
        assertEquals("Zentro", q.speaker());
    }
}
