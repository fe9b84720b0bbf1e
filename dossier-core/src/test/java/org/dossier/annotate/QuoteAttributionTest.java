package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/** Quote finding and speaker attribution on short texts written for each behaviour. */
class QuoteAttributionTest {
    private static final LocalDate ANCHOR = LocalDate.of(2023, 3, 15);

    private static List<QuoteMention> quotes(String text) {
        Annotations a = Texts.annotate(text, ANCHOR);
        for (QuoteMention q : a.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()), "quote span points into the text");
        }
        return a.quotes();
    }

    private static QuoteMention startingWith(List<QuoteMention> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with " + start + " in " + qs));
    }

    @Test
    void unnamedOfficialIsNotGivenToTheLastNamedPerson() {
        String text = "Talks on the river treaty resumed in Vienna on Tuesday.\n\n"
                + "\"We expect no breakthrough this round, but the tone has improved,\" said a senior EU diplomat"
                + " on Tuesday.\n\n"
                + "Foreign Minister Anna Lindqvist also attended the session in the afternoon.\n\n"
                + "The EU diplomat said the next round would focus on water quotas. \"Nobody wants to walk away"
                + " from the table now,\" the diplomat added.";
        List<QuoteMention> qs = quotes(text);
        QuoteMention first = startingWith(qs, "We expect no breakthrough");
        QuoteMention second = startingWith(qs, "Nobody wants to walk away");
        assertNull(first.speaker());
        assertEquals("a senior EU diplomat", first.speakerDescription());
        assertNull(second.speaker(), "not the last named person");
        assertEquals("a senior EU diplomat", second.speakerDescription());
    }

    @Test
    void guillemetQuoteIsAttributedToTheNameAfterTheVerb() {
        List<QuoteMention> qs = quotes("«We will not accept these conditions under any circumstances», said"
                + " Prime Minister Jean Moreau after the meeting.");
        assertEquals("Jean Moreau", startingWith(qs, "We will not accept").speaker());
    }

    @Test
    void lowNineQuoteIsAttributedToTheSubjectBeforeTheVerb() {
        List<QuoteMention> qs = quotes("„Our position on the pipeline has not changed at all“, Chancellor"
                + " Karl Berger told reporters in Berlin.");
        assertEquals("Karl Berger", startingWith(qs, "Our position on the pipeline").speaker());
    }

    @Test
    void scareQuotesOfOneToThreeWordsAreNotQuotes() {
        List<QuoteMention> qs = quotes("The company called the report \"misleading\" and described the plan as"
                + " a “total failure” of its “open door” policy. “We will appeal the ruling in every court we"
                + " can,” said Helen Park, the company's lawyer.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Helen Park", qs.get(0).speaker());
    }

    @Test
    void shortFullSentenceWithSpeakerIsAQuote() {
        List<QuoteMention> qs = quotes("Coach Dana Reyes spoke after the final whistle. \"We will win,\" she said.");
        assertEquals("Dana Reyes", startingWith(qs, "We will win").speaker());
    }

    @Test
    void quoteRunningOverParagraphsTakesTheSpeakerNamedAtItsEnd() {
        List<QuoteMention> qs = quotes("Finance Minister Ruth Adler spoke to parliament on Wednesday.\n\n"
                + "\"We have done everything we can. The ball is now in their court.\n\n"
                + "\"If they refuse, there will be consequences for everyone involved,\" she said.");
        assertEquals("Ruth Adler", startingWith(qs, "We have done everything").speaker());
        assertEquals("Ruth Adler", startingWith(qs, "If they refuse").speaker());
    }

    @Test
    void sheSkipsTheLatestPersonWhenHisFirstNameIsMale() {
        List<QuoteMention> qs = quotes("Premier Sarah Jensen met Minister Paul Martin in Ottawa on Monday.\n\n"
                + "“We agreed on every point that matters to our voters,” she said.");
        assertEquals("Sarah Jensen", startingWith(qs, "We agreed on every point").speaker());
    }

    @Test
    void accordingToNamesTheSpeakerBeforeOrAfterTheQuote() {
        List<QuoteMention> before = quotes("According to Maria Gonzalez, \"the budget will be approved before the"
                + " summer break.\"");
        assertEquals("Maria Gonzalez", startingWith(before, "the budget will be approved").speaker());
        List<QuoteMention> after = quotes("\"The budget will be approved before the summer break,\" according to"
                + " Maria Gonzalez.");
        assertEquals("Maria Gonzalez", startingWith(after, "The budget will be approved").speaker());
    }

    @Test
    void pronounSpeakerIsTheNamedSubjectOfThePreviousParagraph() {
        List<QuoteMention> qs = quotes("Health Minister Peter Novak said on Monday that hospitals would get more"
                + " staff next year.\n\n“We have listened to the nurses and we are acting now,” he said.");
        QuoteMention q = startingWith(qs, "We have listened");
        assertEquals("Peter Novak", q.speaker());
    }

    @Test
    void pronounSpeakerIsThePersonNotTheOrganisationInTheirAppositive() {
        List<QuoteMention> qs = quotes("Greta Holm, Norvik Power's chief engineer, said she welcomed the audit. "
                + "\"My team asked for this money twice,\" she said.");
        assertEquals("Greta Holm", startingWith(qs, "My team asked").speaker());
    }

    @Test
    void aParticipleReportsForTheSubjectOfItsMainClause() {
        List<QuoteMention> qs = quotes("The ministry's spokesman, Piet Aalders, said the army would help. He gave no "
                + "figure for casualties, saying only that \"several people are missing and the search goes on\".");
        assertEquals("Piet Aalders", startingWith(qs, "several people").speaker());
    }

    @Test
    void reversedAndMixedMarksStillDelimitQuotes() {
        List<QuoteMention> qs = quotes("”We will not give up any of our demands“, said Tomas Novak.\n\n"
                + "Lena Fischer answered: “We are ready to talk about everything in good faith,\" she said.");
        assertEquals("Tomas Novak", startingWith(qs, "We will not give up").speaker());
        QuoteMention mixed = startingWith(qs, "We are ready to talk about everything");
        assertTrue(mixed.text().endsWith("good faith,"), mixed.text());
        assertEquals("Lena Fischer", mixed.speaker());
    }

    @Test
    void quoteWhoseOpeningMarkIsMissingEndsAtTheStrayMark() {
        List<QuoteMention> qs = quotes("The ceasefire must hold for the talks to go on at all, ”said"
                + " mediator Karin Holm to journalists.");
        QuoteMention q = startingWith(qs, "The ceasefire must hold");
        assertNotNull(q.speaker());
        assertEquals("Karin Holm", q.speaker());
    }

    @Test
    void singleQuotesCountOnlyWhenClearlyAQuote() {
        List<QuoteMention> qs = quotes("The minister’s plan, the so-called ‘green deal’, was approved on Friday."
                + " ‘We have done what the voters asked us to do,’ said minister Olga Berg.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Olga Berg", startingWith(qs, "We have done what the voters").speaker());
    }

    @Test
    void spokesmanForAnOrganisationKeepsTheDescription() {
        List<QuoteMention> qs = quotes("“The embassy will stay open for the time being,” said a spokesman for"
                + " the Foreign Office in London.");
        assertEquals("a spokesman for the Foreign Office", startingWith(qs, "The embassy will stay").speakerDescription());
    }

    @Test
    void emptyTextHasNoAnnotations() {
        Annotations a = Texts.annotate("", ANCHOR);
        assertTrue(a.quotes().isEmpty() && a.entities().isEmpty() && a.times().isEmpty());
    }
}
