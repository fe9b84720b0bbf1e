package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A distance unit followed by a time it is covered in is a speed, no distance ("70 km/h", "45 miles per hour": {@code
 * speeds.txt}); a German figure before the comparator that ends its conditional clause is a threshold, no claim
 * ("wenn die Böen 80 km/h überschreiten": {@code de/thresholds.txt} comparator-after); and an "according to X" right
 * after one figure of a list credits that figure, not the others ({@link ClaimSource#afterFigure}). First read
 * (branch posnum23 from 9c3e0bd0): "70 km/h" was kilometres, the German threshold a claim, and both figures of the
 * list the utility's.
 */
class SpeedsThresholdsAndFigureSourcesTest {
    private static List<Quantity> claims(String text) {
        return QuantityParser.parse(text, 0).stream().filter(ClaimFilter::keep).toList();
    }

    private static Quantity only(String text) {
        List<Quantity> qs = claims(text);
        assertEquals(1, qs.size(), text + " " + qs);
        return qs.get(0);
    }

    @Test
    void aDistancePerHourIsASpeedNoDistance() {
        assertEquals("km/h", only("Gusts of 70 km/h tore roofs off three barns near Ostrel.").unit());
        assertEquals("mph", only("Winds of 45 miles per hour were recorded at the Harlow Point station.").unit());
        assertEquals("km/h", only("Böen von 90 Kilometer pro Stunde rissen Dächer in Kelsdorf ab.").unit());
        assertEquals("km/h", only("Des rafales de 110 kilomètres à l'heure ont été relevées à Vernoux.").unit());
        assertEquals("km/h", only("Se registraron rachas de 95 kilómetros por hora en Tolva.").unit());
    }

    @Test
    void aDistanceWithoutATimeIsStillADistance() {
        assertEquals("kilometres", only("The convoy drove 70 km through the valley before dawn.").unit());
        assertNotEquals(only("Gusts of 70 km/h were measured at Ostrel.").unit(),
                only("The tailback stretched for 70 km on the Ostrel motorway.").unit());
    }

    @Test
    void aGermanFigureBeforeAClauseFinalComparatorInAConditionIsNoClaim() {
        assertEquals(List.of(), claims("Die Fähren bleiben im Hafen, wenn die Böen 80 km/h überschreiten."));
        assertEquals(List.of(), claims("Der Lärm des Steinbruchs darf 85 Dezibel nicht überschreiten."));
        assertEquals(List.of(), claims("Die Schulen schließen, sobald der Pegel 6 Meter erreichen sollte."));
    }

    @Test
    void aGermanFigureThatWasExceededIsStillAClaim() {
        assertEquals(1, claims("Am Dienstag überschritten die Böen 80 km/h an der Küste bei Harlow.").size());
        assertEquals(1, claims("Als die Böen 80 km/h überschritten, stellten die Fähren den Betrieb ein.").size());
    }

    @Test
    void anAccordingToRightAfterOneFigureCreditsThatFigureOnly() {
        String s = "The storm cut power to 1,200 homes, according to the utility, and to 300 businesses, the mayor said.";
        List<Quantity> qs = claims(s);
        Quantity homes = qs.stream().filter(q -> q.value() == 1200).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("the utility", homes.source(), qs.toString());
        Quantity firms = qs.stream().filter(q -> q.value() == 300).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertTrue(firms.source() == null || !firms.source().equals("the utility"), qs.toString());
        assertEquals("the mayor", ClaimSource.of(s));
    }

    @Test
    void anAccordingToForTheWholeSentenceStillCreditsEveryFigure() {
        assertEquals("the utility", ClaimSource.of("According to the utility, 1,200 homes and 300 businesses had no power."));
        assertEquals("the utility", ClaimSource.of("Some 1,200 homes had no power on Tuesday, according to the utility."));
    }
}
