package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels of figures whose noun is not the word after the number: a list of kinds before the counted noun ("bus, tram
 * and ferry workers"), a share in a list that names only its owner ("Brandt Capital's 5.5%"), a share whose next word
 * says how it is paid ("3% spread over 36 months"), and a source ending in a noun in -ly ("the Osterwald family").
 */
class NounListsAndElidedSharesAreLabelledTest {
    private static List<Quantity> kept(String text) {
        return QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
    }

    @Test
    void aListOfKindsCountsTheNounAfterIt() {
        List<Quantity> qs = kept("About 2,400 bus, tram and ferry workers in Dunmore stopped work on Monday.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("people", qs.get(0).unit());
        assertTrue(qs.get(0).subject().startsWith("workers"), qs.get(0).subject());
    }

    @Test
    void twoKindsJoinedByAndCountTheNounAfterThem() {
        List<Quantity> qs = kept("About 900 bus and tram drivers in Dunmore joined the strike.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("driver", qs.get(0).unit());
    }

    @Test
    void aPluralNounBeforeAndIsTheCountedOne() {
        List<Quantity> qs = kept("The walkout cancelled more than 600 services and left commuters stranded.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("service", qs.get(0).unit());
    }

    @Test
    void aShareInAListIsOfWhatTheShareBeforeItIs() {
        List<Quantity> qs = kept("Orvel's 8% stake and Brandt Capital's 5.5% together fall short of a blocking minority.");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("stake (Brandt Capital)", qs.get(1).subject());
    }

    @Test
    void aShareSpreadOverMonthsNamesNothingItIsOf() {
        assertTrue(kept("The board has offered 3% spread over 36 months.").isEmpty());
    }

    @Test
    void aFamilyIsNoAdverbCutFromTheSource() {
        assertEquals("the Osterwald family", ClaimSource.of("The Osterwald family said it would not sell its shares at 40 euros."));
    }
}
