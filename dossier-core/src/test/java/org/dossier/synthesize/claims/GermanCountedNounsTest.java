package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German count is labelled by its counted noun, capitalised as German writes nouns, never by the auxiliary and
 * participle after it ("Mindestens 300 Häuser wurden zerstört" counts "Häuser"), and people killed or injured are
 * counts of the dead and injured whether the participle follows the noun directly or after an auxiliary, as in
 * English. First read (branch num18 from c7c24e8, 2026-12-03): 0 of 2 ("Häuser wurden zerstört" labelled by the
 * participle; "412 Menschen getötet" counted as people).
 */
class GermanCountedNounsTest {
    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
        assertEquals(1, qs.size(), text + " " + qs);
        return qs.get(0);
    }

    @Test
    void aCapitalisedNounBeforeAnAuxiliaryIsTheCountedNoun() {
        assertEquals("Häuser", only("Mindestens 300 Häuser wurden in Kelsdorf zerstört.").subject());
        assertEquals("Brücken", only("Rund 40 Brücken sind eingestürzt.").subject());
        assertEquals("Schulen", only("In Kelsdorf blieben 25 Schulen geschlossen, sagte der Bürgermeister.").subject());
        String homes = only("At least 300 homes were destroyed in Brennport.").subject();
        assertTrue(homes.startsWith("homes") && !homes.contains("were") && !homes.contains("destroyed"), homes);
    }

    @Test
    void peopleKilledOrInjuredAreCountsOfTheDeadAndInjured() {
        Quantity killed = only("Bei dem Beben wurden 412 Menschen getötet.");
        assertEquals("deaths", killed.unit());
        assertEquals("deaths", killed.subject(), "people a casualty verb counts are shown as what they count");
        assertEquals("injured", only("Mehr als 300 Menschen wurden in Kelsdorf verletzt.").unit());
        assertEquals("deaths", only("In Kelsdorf starben 40 Menschen.").unit());
        assertEquals("deaths", only("In Brennport 412 people were killed.").unit());
        assertEquals("deaths", only("More than 600 people have died in Brennport.").unit());
    }
}
