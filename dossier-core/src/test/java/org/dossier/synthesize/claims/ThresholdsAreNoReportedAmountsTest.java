package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure a rule or a condition sets ("when gusts exceed 50 mph", "must not exceed 85 decibels", "a limit of 30
 * tonnes") is a threshold, no amount anyone reported: never a claim ({@link TermCues}, {@code
 * <lang>/thresholds.txt}); a figure that was exceeded, said in the past, still is one.
 */
class ThresholdsAreNoReportedAmountsTest {
    private static List<Quantity> claims(String text) {
        return QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
    }

    @Test
    void aFigureAfterAComparatorInAConditionIsNoClaim() {
        assertEquals(List.of(), claims("The mayor proposed a rule requiring ferries to stay in port when gusts exceed 50 mph on the lake."));
        assertEquals(List.of(), claims("Schools will close if the river rises above 14 metres at Tallow Bridge."));
        assertEquals(List.of(), claims("Under the permit, noise from the quarry must not exceed 85 decibels."));
    }

    @Test
    void aFigureAfterANounOfLimitsIsNoClaim() {
        assertEquals(List.of(), claims("The council set a limit of 30 tonnes on trucks crossing the Orbel viaduct."));
    }

    @Test
    void thresholdsAreReadInSpanishAndFrench() {
        assertEquals(List.of(), claims("Los transbordadores no zarparán cuando las ráfagas superen los 60 kilómetros por hora."));
        assertEquals(List.of(), claims("Les écoles fermeront lorsque le fleuve dépasse 12 mètres à Vernoux."));
    }

    @Test
    void aFigureSaidToHaveBeenExceededIsStillAClaim() {
        assertEquals(1, claims("When the storm reached the coast, gusts exceeded 60 mph at Harlow Point.").size());
        assertEquals(1, claims("Gusts topped 60 mph on Tuesday, forecasters said.").size());
        assertTrue(claims("Ferries stayed in port as gusts of up to 70 mph swept the lake.").stream()
                .allMatch(q -> q.value() == 70));
    }
}
