package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People a count says are missing or were evacuated are counted as such ({@code casualty-verbs.txt}, after a form of
 * "be", "still" or "remain": {@code casualty-auxiliaries.txt}; "the number of evacuees at N": {@code
 * counting-nouns.txt}), so a count of the missing or of evacuees is never compared with a count of people at large
 * (a crowd, a village's population). First read (branch unseen21 from dc2795ea): every one of these was "people".
 */
class MissingAndEvacuatedPeopleAreTheirOwnCountsTest {
    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
        assertEquals(1, qs.size(), text + " " + qs);
        return qs.get(0);
    }

    @Test
    void peopleStillOrRemainingMissingAreAMissingCount() {
        assertEquals("missing", only("Fourteen people were still missing on Sunday morning.").unit());
        assertEquals("missing", only("Nine people remain missing, police said.").unit());
        assertEquals("missing", only("Rescuers said 12 people were missing after the landslide.").unit());
        assertEquals("missing", only("Selon la police, 12 personnes sont disparues depuis la crue.").unit());
    }

    @Test
    void peopleEvacuatedAndEvacueesAreAnEvacuationCount() {
        assertEquals("evacuated", only("About 1,200 residents had been evacuated to a school gymnasium.").unit());
        assertEquals("evacuated", only("The Red Cross put the number of evacuees at 3,100.").unit());
        assertEquals("evacuated", only("Québec affirme que 2 300 personnes ont été évacuées.").unit());
    }

    @Test
    void aCrowdIsNoEvacuationCount() {
        Quantity crowd = only("About 300 people packed the arena for the first public meeting.");
        Quantity evacuated = only("The province said 2,300 people had been evacuated from the valley.");
        assertEquals("people", crowd.unit());
        assertNotEquals(crowd.unit(), evacuated.unit());
    }

    @Test
    void aHyphenJoinsDigitsToTheirScaleWord() {
        Quantity fund = only("The company offered to set up a $5-million assistance fund for residents.");
        assertEquals(5_000_000.0, fund.value());
        assertEquals("dollars", fund.unit());
        assertEquals(1_200_000_000.0, only("Ottawa announced a $1.2-billion rebuilding plan.").value());
    }
}
