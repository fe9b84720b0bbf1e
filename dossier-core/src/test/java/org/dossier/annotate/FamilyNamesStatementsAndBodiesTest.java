package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * English speaker names read on set P's styles: a relative named by first name after a named person's family noun
 * takes that surname; "the statement continued" is the one whose statement it is; "the church" is the "X Church of
 * Y" named before; an organisation apposed to "an advocacy group" speaks by its name; a relative clause with "which"
 * is no speaker; "a reporter from X" keeps its "from"; a quoted nickname said alone is its person.
 */
class FamilyNamesStatementsAndBodiesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);

    @Test
    void aRelativeNamedByFirstNameTakesTheNamedPersonsSurname() {
        String text = "Ambrose Quill, 52, died in the fire at his shop in Tarnley.\n\nMr Quill's sister, Winifred,"
                + " said outside court: \"He loved that shop more than anything.\"";
        assertEquals("Winifred Quill", Texts.quoteStartingWith(text, DAY, "He loved that shop").speaker());
    }

    @Test
    void theStatementContinuedIsTheOneWhoseStatementItIs() {
        String text = "Ambrose Quill, 52, died in the fire.\n\nIn a statement read by a police officer, his partner,"
                + " Oriel Fenn, said: \"Ambrose was the gentlest man I knew.\"\n\n\"Nothing said today brings him"
                + " back,\" the statement continued.";
        assertEquals("Oriel Fenn", Texts.quoteStartingWith(text, DAY, "Nothing said today").speaker());
    }

    @Test
    void theChurchIsTheChurchOfAPlaceNamedBefore() {
        String text = "Worshippers at Elmridge Community Church of Merrowby were told on Sunday that the roof had"
                + " failed. \"We are asking everyone to stay away from the building until it is safe,\" the church"
                + " said.";
        assertEquals("Elmridge Community Church of Merrowby",
                Texts.quoteStartingWith(text, DAY, "We are asking everyone").speaker());
    }

    @Test
    void anOrganisationApposedToItsDescriptionSpeaksByItsName() {
        String text = "The Quenby Cyclists Union, a campaign group, said the new lanes were \"far too narrow for"
                + " cargo bikes\".";
        assertEquals("Quenby Cyclists Union", Texts.quoteStartingWith(text, DAY, "far too narrow").speaker());
    }

    @Test
    void aWhichClauseBeforeTheVerbIsNoSpeaker() {
        String text = "A spokesman for the Harrowgate Bakers Guild, which represents the trade, said in a statement:"
                + " \"Flour has doubled in price since March.\"";
        QuoteMention q = Texts.quoteStartingWith(text, DAY, "Flour has doubled");
        assertEquals("A spokesman for the Harrowgate Bakers Guild", q.speakerDescription());
    }

    @Test
    void aReporterFromABroadcasterKeepsTheBroadcaster() {
        String text = "Police Chief Wilhelmina Strake gave an update on Tuesday.\n\n\"Was anyone hurt?\" asked a"
                + " reporter from Radio Tolvern.\n\n\"Nobody,\" Strake said.";
        assertEquals("a reporter from Radio Tolvern",
                Texts.quoteStartingWith(text, DAY, "Was anyone hurt").speakerDescription());
    }

    @Test
    void aQuotedNicknameSaidAloneIsItsPerson() {
        String text = "The drummer Bartholomew \"Bart\" Quaile, now 88, joined the band in 1961.\n\n\"We played every"
                + " Saturday for thirty years,\" Bart said.";
        assertEquals("Bartholomew Quaile", Texts.quoteStartingWith(text, DAY, "We played every").speaker());
    }
}
