package org.dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonNameCleaningTest {

    @Test
    void possessiveHonorificsAndTitlesAreRemoved() {
        assertEquals("Pavel Orlov", PersonNames.cleaned("Minister Pavel Orlov's"));
        assertEquals("Orlov", PersonNames.cleaned("Mr Orlov"));
    }

    @Test
    void pronounsCourtesyTitlesAndLowerCaseTextNameNobody() {
        assertNull(PersonNames.cleaned("She"));
        assertNull(PersonNames.cleaned("Mr"));
        assertNull(PersonNames.cleaned("a spokesman"));
    }
}
