package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Quotes and speakers in German, French and Spanish from the language's own marks and attribution words. The
 * default build reads these texts with the English model, so the rules are shown to hold on its tokens and
 * entity mentions, reading word forms only.
 */
class QuoteLanguagesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2024, 5, 14);

    private static List<QuoteMention> quotes(String language, String text) {
        Article a = new Article("t", null, null, null, null, null, null, null, language, null, text, 0, null, null);
        return Texts.ANNOTATOR.annotate(a, ANCHOR).quotes();
    }

    private static QuoteMention startingWith(List<QuoteMention> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with " + start + " in " + qs));
    }

    @Test
    void germanLowNineQuoteTakesTheSpeakerAfterSagte() {
        List<QuoteMention> qs = quotes("de", "„Wir werden die Schulden nicht weiter erhöhen“, sagte Finanzministerin"
                + " Katharina Vogt am Montag in Berlin.");
        assertEquals("Katharina Vogt", startingWith(qs, "Wir werden die Schulden").speaker());
    }

    @Test
    void germanReversedGuillemetsDelimitTheQuote() {
        List<QuoteMention> qs = quotes("de", "Der Bürgermeister Jonas Hartmann erklärte: »Die Brücke bleibt bis"
                + " zum Herbst gesperrt.« Die Anwohner reagierten verärgert.");
        QuoteMention q = startingWith(qs, "Die Brücke bleibt");
        assertEquals("Die Brücke bleibt bis zum Herbst gesperrt.", q.text());
        assertEquals("Jonas Hartmann", q.speaker());
    }

    @Test
    void germanSurnameWithHonorificIsThePersonNamedBefore() {
        List<QuoteMention> qs = quotes("de", "Die Gewerkschaft wird von Petra Lorenz geführt.\n\n„Wir lassen uns"
                + " nicht erpressen“, betonte Frau Lorenz.");
        assertEquals("Petra Lorenz", startingWith(qs, "Wir lassen uns").speaker());
    }

    @Test
    void germanZufolgeNamesTheSourceBeforeIt() {
        List<QuoteMention> qs = quotes("de", "„Die Verhandlungen sind vorerst gescheitert“, dem Unterhändler"
                + " Markus Brandl zufolge.");
        assertEquals("Markus Brandl", startingWith(qs, "Die Verhandlungen sind").speaker());
    }

    @Test
    void frenchGuillemetsWithInnerSpacesTakeTheSpeakerAfterTheAuxiliary() {
        List<QuoteMention> qs = quotes("fr", "« Nous ne céderons pas sur les retraites », a déclaré la ministre"
                + " Claire Dubois lundi.");
        QuoteMention q = startingWith(qs, "Nous ne céderons pas");
        assertEquals("Claire Dubois", q.speaker());
        assertTrue(q.text().endsWith("retraites"), q.text());
    }

    @Test
    void frenchSelonNamesTheSourceOfTheQuote() {
        List<QuoteMention> qs = quotes("fr", "Selon Antoine Mercier, « la réforme sera votée avant l'été ».");
        assertEquals("Antoine Mercier", startingWith(qs, "la réforme sera votée").speaker());
    }

    @Test
    void frenchDialogueDashIsSpeechAttributedAfterTheComma() {
        List<QuoteMention> qs = quotes("fr", "Le maire Julien Roux a visité le quartier inondé.\n\n"
                + "— Nous allons reconstruire chaque maison, a affirmé Julien Roux.");
        assertEquals("Julien Roux", startingWith(qs, "Nous allons reconstruire").speaker());
    }

    @Test
    void spanishDialogueDashWithInsertedAttributionIsOneSpeaker() {
        List<QuoteMention> qs = quotes("es", "El entrenador Diego Salazar habló tras el partido.\n\n"
                + "—Hemos jugado el mejor partido de la temporada —dijo Diego Salazar—. No hay otra manera de ganar.");
        assertEquals("Diego Salazar", startingWith(qs, "Hemos jugado el mejor").speaker());
        assertEquals("Diego Salazar", startingWith(qs, "No hay otra manera").speaker());
    }

    @Test
    void spanishAngleQuotesTakeTheSpeakerAfterDijo() {
        List<QuoteMention> qs = quotes("es", "«El Gobierno no va a subir los impuestos este año», dijo la ministra"
                + " Lucía Herrera en Madrid.");
        assertEquals("Lucía Herrera", startingWith(qs, "El Gobierno no va a subir").speaker());
    }

    @Test
    void spanishSegunNamesTheSourceBeforeTheQuote() {
        List<QuoteMention> qs = quotes("es", "Según Roberto Campos, \"la inflación bajará antes de diciembre\".");
        assertEquals("Roberto Campos", startingWith(qs, "la inflación bajará").speaker());
    }

    @Test
    void germanPronounAfterTheQuoteIsThePersonNamedBefore() {
        List<QuoteMention> qs = quotes("de", "Verkehrsminister Stefan Köhler besuchte die Baustelle im Hafen.\n\n"
                + "„Der Zeitplan ist ehrgeizig, aber machbar“, sagte er.");
        assertEquals("Stefan Köhler", startingWith(qs, "Der Zeitplan ist").speaker());
    }
}
