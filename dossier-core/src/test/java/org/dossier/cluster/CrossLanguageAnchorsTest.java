package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.dossier.cluster.StoryClusterer.Doc;
import org.junit.jupiter.api.Test;

/** Across languages a story is joined on shared names (with numbers), never on a shared number alone. */
class CrossLanguageAnchorsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 10, 7);

    private static Doc pilotsStrike() {
        return Doc.of("de-strike", "Piloten der Aeris streiken: 300 Flüge gestrichen",
                "Die Piloten der Fluggesellschaft Aeris haben am Dienstag ihre Arbeit niedergelegt. Die Gewerkschaft "
                        + "Cockpitbund fordert bessere Ruhezeiten. In Frankfurt wurden rund 300 Flüge gestrichen. "
                        + "Aeris-Chef Lars Brenner sprach von einem unverhältnismäßigen Streik.", DAY, "de");
    }

    @Test
    void aPageOfAnotherLanguageSharingOnlyANumberOpensItsOwnStory() {
        IncrementalClusterer c = new IncrementalClusterer();
        String strike = c.assign(pilotsStrike());
        String bar = c.assign(Doc.of("en-bar", "Oxygen bar offers fresh air for 300 rupees",
                "A bar in the city now sells ten minutes of purified air for 300 rupees. Its owner said 300 "
                        + "customers came in the first week. Doctors doubt the benefit.", DAY, "en"));
        assertNotEquals(strike, bar);
    }

    @Test
    void aPageOfAnotherLanguageSharingTheNamesAndTheNumberJoinsTheStory() {
        IncrementalClusterer c = new IncrementalClusterer();
        String strike = c.assign(pilotsStrike());
        String report = c.assign(Doc.of("en-strike", "Aeris pilots strike, 300 flights cancelled",
                "Pilots at the airline Aeris walked out on Tuesday. The Cockpitbund union wants better rest times. "
                        + "About 300 flights were cancelled in Frankfurt. Aeris chief executive Lars Brenner called "
                        + "the strike disproportionate.", DAY, "en"));
        assertEquals(strike, report);
    }
}
