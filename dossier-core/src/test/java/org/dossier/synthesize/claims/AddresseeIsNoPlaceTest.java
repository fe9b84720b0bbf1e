package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one a request is made of ("called on the government to", "appealed to the council to") is no phrase placing
 * a counted noun: "40 mayors called on the government to resign" counts mayors, not "mayors on the government", and
 * a label never ends in "to"; a phrase placing the noun after a participle stays ("stationed near the border").
 * First read (branch num18 from c7c24e8, 2026-12-03): 0 of 1 ("lawmakers on the government", "mayors on the
 * government").
 */
class AddresseeIsNoPlaceTest {
    private static List<Quantity> read(String text) {
        return QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
    }

    @Test
    void theAddresseeOfARequestIsNotInTheLabel() {
        for (String text : List.of("Some 40 lawmakers called on the government to publish 40 reports.",
                "More than 40 mayors have called on the government to resign.",
                "About 300 nurses appealed to the council of Brennport to reopen the clinic.",
                "The opposition called on the government to publish 40 reports.")) {
            List<Quantity> qs = read(text);
            assertFalse(qs.isEmpty(), text);
            for (Quantity q : qs) {
                assertFalse(q.subject().contains("government") || q.subject().contains("council"), text + " -> " + q.subject());
                assertFalse(q.subject().endsWith(" to"), text + " -> " + q.subject());
            }
        }
        String placed = read("Varnia has about 600 troops stationed near the border.").get(0).subject();
        assertTrue(placed.contains("troops near the border"), placed);
    }
}
