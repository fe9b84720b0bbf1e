package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker and quote rules written for the misses of held-out set I: an age after an inverted "said" ("said the
 * 24-year-old."), a noun that names a person again ("the midfielder", "the scientist"), the letters after a name
 * ("KC"), a pronoun after an opening phrase ("In a second post he wrote"), "the company" when the tagger took the
 * company for a person, and quoted titles of works, which are not quotes.
 */
class PostMatchCourtAndTitleSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 9);

    private static List<QuoteMention> quotes(String text) {
        return Texts.annotate(text, DAY).quotes();
    }

    private static QuoteMention quote(String text, String start) {
        return Texts.quoteStartingWith(text, DAY, start);
    }

    @Test
    void anAgeAfterAnInvertedSaidIsThePersonLastNamedInFull() {
        QuoteMention q = quote("""
                Holmford winger Jamie Okonkwo scored a hat-trick as his side beat Stanmere 4-0 on Saturday.

                "I have waited two years for a day like this," said the 22-year-old.""", "I have waited");
        assertEquals("Jamie Okonkwo", q.speaker());
    }

    @Test
    void aNounThatNamesAPersonAgainIsThePersonNamedJustBefore() {
        QuoteMention q = quote("""
                Emma Gallagher's new novel is set in a lighthouse off the Donegal coast.

                "I wrote most of it in a caravan with no heating," the novelist said.""", "I wrote most");
        assertEquals("Emma Gallagher", q.speaker());
    }

    @Test
    void anOfficeThatIntroducesANewSpeakerIsNotThePersonNamedBefore() {
        QuoteMention q = quote("""
                Police have arrested Darren Vale, 34, after a break-in at a jeweller's in Corby.

                "We are not looking for anyone else," the spokesman said.""", "We are not looking");
        assertNull(q.speaker());
        assertEquals("the spokesman", q.speakerDescription());
    }

    @Test
    void aNounThatNamesAPersonAgainContinuesAnUnnamedSpeakerOfThatNoun() {
        QuoteMention q = quote("""
                Hannah Wilde has led the study of river otters at Carsby University since 2019.

                "The numbers are falling," said a scientist who took part in the survey.

                "We saw none at all on two stretches," the scientist said.""", "We saw none");
        assertNull(q.speaker());
        assertTrue(q.speakerDescription().startsWith("a scientist"), q.speakerDescription());
    }

    @Test
    void theLettersAfterANameAreNoPartOfTheSpeakersName() {
        QuoteMention q = quote("""
                A former director of the Langmoor housing trust has denied fraud.

                "You knew the money had gone," said Marcus Deane KC, prosecuting.""", "You knew the money");
        assertEquals("Marcus Deane", q.speaker());
    }

    @Test
    void aPronounAfterAnOpeningPhraseIsTheSubjectOfTheReportingVerb() {
        QuoteMention q = quote("""
                Councillor Aled Rowlands has apologised for a post about the town's bus station.

                In a later message he wrote: "I was wrong to blame the drivers for the cuts.\"""", "I was wrong");
        assertEquals("Aled Rowlands", q.speaker());
    }

    @Test
    void theCompanyIsTheOneWordNameTheTaggerTookForAPerson() {
        QuoteMention q = quote("""
                Carmody has recalled 40,000 kettles after reports of handles coming loose.

                "We are sorry for the worry this has caused," the company said.""", "We are sorry");
        assertEquals("Carmody", q.speaker());
    }

    @Test
    void aQuotedTitleOfAWorkIsNotAQuote() {
        List<QuoteMention> qs = quotes("""
                The band will play their 1998 album "Nothing Left to Burn" in full at the Marlow Arena in March.

                The historian's new book, "The Long Retreat of the Railways", comes out in June.""");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aCapitalisedUtteranceWithAReportingVerbAfterItStaysAQuote() {
        QuoteMention q = quote("""
                Thousands marched through the capital on Saturday against the closure of the steelworks.

                "Save Our Steel Jobs Now" the marchers chanted outside the ministry.""", "Save Our Steel");
        assertNull(q.speaker());
        assertEquals("the marchers", q.speakerDescription());
    }
}
