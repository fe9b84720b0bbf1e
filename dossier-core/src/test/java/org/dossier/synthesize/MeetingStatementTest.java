package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting named only by a noun phrase is said as who meets whom, where; a statement is left as written. */
class MeetingStatementTest {
    @Test
    void summitNamedAfterTwoPartiesIsSaidAsThemMeetingInItsPlace() {
        assertEquals("EU and China meet in Beijing (EU-China summit)",
                MeetingStatements.of("The EU-China summit in Beijing", List.of("EU"), "Beijing"));
    }

    @Test
    void meetingNamedWithoutPartiesTakesTheEntrysParticipants() {
        assertEquals("Ghana and Togo meet in Accra (Border Commission)",
                MeetingStatements.of("The Border Commission (in Accra)", List.of("Ghana", "Togo"), "Accra"));
    }

    @Test
    void reportThatIsAStatementAlreadyIsLeftAsWritten() {
        String s = "Ministers of Ghana and Togo began talks on the border";
        assertEquals(s, MeetingStatements.of(s, List.of("Ghana", "Togo"), "Accra"));
    }

    @Test
    void aSinglePartyGivesNoStatement() {
        assertEquals("The Border Commission", MeetingStatements.of("The Border Commission", List.of("Ghana"), null));
    }

    @Test
    void bareMeetingWordIsNotRepeatedAsTheMeetingsName() {
        assertEquals("Harbour Workers Union and Port Employers Association meet in Varna",
                MeetingStatements.of("Talks (in Varna)", List.of("Harbour Workers Union", "Port Employers Association"),
                        "Varna"));
        assertEquals("Ghana and Togo meet", MeetingStatements.of("Negotiations", List.of("Ghana", "Togo"), null));
    }
}
