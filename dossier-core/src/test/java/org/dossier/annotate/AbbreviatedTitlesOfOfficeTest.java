package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The abbreviated title "Cllr" before a name is read off the speaker's name, as "Councillor" is. */
class AbbreviatedTitlesOfOfficeTest {
    @Test
    void cllrIsLeftOutOfTheSpeakersName() {
        String text = "The leader of the opposition, Cllr Jane Fox, spoke after the vote. \"This budget will close"
                + " four libraries,\" she said.";
        assertEquals("Jane Fox", Texts.annotate(text, LocalDate.of(2025, 2, 20)).quotes().get(0).speaker());
    }
}
