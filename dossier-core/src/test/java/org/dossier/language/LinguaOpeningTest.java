package org.dossier.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The language stage judges a long text on its opening when one language wins it clearly, and on the longer
 * sample otherwise: the label must be the text's language either way.
 */
class LinguaOpeningTest {
    private static final String FILLER_FI = " Hallitus kertoi maanantaina, että veroja ei koroteta ensi vuonna,"
            + " vaikka kuntien menot kasvavat ja työttömyys on noussut useana kuukautena peräkkäin.";

    private static String repeat(String s, int chars) {
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            b.append(s);
        }
        return b.toString();
    }

    @Test
    void longGermanArticleIsGermanFromItsOpening() {
        String text = repeat("Die Regierung hat am Montag beschlossen, die Steuern im kommenden Jahr nicht zu erhöhen,"
                + " obwohl die Ausgaben der Gemeinden stark steigen. ", 1500);
        assertEquals("de", new LinguaIdentifier().identify(text));
    }

    @Test
    void longSpanishAndItalianArticlesKeepTheirLanguages() {
        assertEquals("es", new LinguaIdentifier().identify(repeat("El Gobierno anunció el lunes que no subirá los"
                + " impuestos el próximo año, aunque el gasto de los municipios crece con fuerza. ", 1500)));
        assertEquals("it", new LinguaIdentifier().identify(repeat("Il governo ha annunciato lunedì che non aumenterà"
                + " le tasse il prossimo anno, anche se la spesa dei comuni cresce rapidamente. ", 1500)));
    }

    @Test
    void openingOfNumbersAndDatesLeavesTheDecisionToTheRestOfTheText() {
        // a dateline and figures tell no language: the Finnish text after them decides
        String opening = repeat("12.03.2024 | 10:45 | 3 min | 1 234 567 | +0,5 % | ", 260);
        assertEquals("fi", new LinguaIdentifier().identify(opening + repeat(FILLER_FI, 1500)));
    }

    @Test
    void cyrillicOpeningIsRussian() {
        assertEquals("ru", new LinguaIdentifier().identify(repeat("Правительство объявило в понедельник, что не"
                + " будет повышать налоги в следующем году, хотя расходы муниципалитетов быстро растут. ", 1500)));
    }
}
