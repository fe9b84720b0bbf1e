package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Speaker rules for patterns of common news writing found after set I, before set J was written: an unnamed source
 * tied to someone who does not speak ("a source close to the singer", "one person familiar with the talks"), a
 * person named again by first name only ("said Lily"), and a party noun that names a politician again ("the
 * Democrat said").
 */
class DescriptionLinksAndFirstNamesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private static QuoteMention quote(String text, String start) {
        List<QuoteMention> quotes = Texts.annotate(text, DAY).quotes();
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote \"" + start + "\" in " + quotes));
    }

    @Test
    void aSourceCloseToANamedPersonIsAnUnnamedSpeakerNotThatPerson() {
        QuoteMention q = quote("""
                The actor Tom Barrow has pulled out of the film.

                "He is exhausted and needs a rest," a source close to Barrow said.""", "He is exhausted");
        assertNull(q.speaker());
        assertEquals("a source close to Barrow", q.speakerDescription());
    }

    @Test
    void aSourceCloseToSomeoneKeepsTheWholeDescription() {
        QuoteMention q = quote("""
                The singer Nadia Rowe is expected to announce a world tour next week.

                "She has been working on this for two years," a source close to the singer said.""", "She has been");
        assertNull(q.speaker());
        assertEquals("a source close to the singer", q.speakerDescription());
    }

    @Test
    void aPersonFamiliarWithTheTalksAfterSaidKeepsTheWholeDescription() {
        QuoteMention q = quote("""
                Talks between the rail operator and its unions broke down on Friday.

                "Neither side would move on pensions," said one person familiar with the talks.""", "Neither side");
        assertNull(q.speaker());
        assertEquals("one person familiar with the talks", q.speakerDescription());
    }

    @Test
    void aFirstNameAloneIsThePersonNamedInFullWithIt() {
        QuoteMention q = quote("""
                Lily Chen, 9, has raised £4,000 for the hospital that treated her brother.

                "I just wanted to say thank you," said Lily, who baked 600 cupcakes.""", "I just wanted");
        assertEquals("Lily Chen", q.speaker());
    }

    @Test
    void aPartyNounNamesThePoliticianJustNamed() {
        QuoteMention q = quote("""
                Senator Maria Alvarez of Nevada voted against the bill on Tuesday.

                "This bill does nothing for working families," the Democrat said.""", "This bill does nothing");
        assertEquals("Maria Alvarez", q.speaker());
    }
}
