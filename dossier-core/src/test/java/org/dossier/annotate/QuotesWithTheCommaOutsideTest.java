package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Short quotes the French and German way, the comma outside the marks (« Le pollueur paiera », a-t-elle affirmé;
 * „Wir bleiben“, sagte sie), are utterances like English short quotes with a speaker; and a speaker named after a
 * possessive role ("a dit sa directrice, Mira Aalto", "sagte ihre Sprecherin, Jana Roth") is that person, not the one
 * named in the paragraph before. Read without a model, as the default build reads these languages.
 * First read (2026-12-03, an unseen French page): both short quotes missing, the second speaker the minister.
 */
class QuotesWithTheCommaOutsideTest {
    private static final LocalDate DAY = LocalDate.of(2025, 11, 5);
    private final Annotator annotator = new NameEvidenceAnnotator(
            Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), l -> "no model");

    private List<QuoteMention> quotes(String lang, String text) {
        return annotator.annotate(new Article("t", null, null, null, null, DAY, null, null, lang, null, text, 0, null,
                null), DAY).quotes();
    }

    private static QuoteMention starting(List<QuoteMention> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst().orElse(null);
    }

    @Test
    void aShortQuoteWithTheCommaAfterItsClosingMarkIsAQuote() {
        List<QuoteMention> fr = quotes("fr", "La ministre des Transports, Ingrid Solberg, a exigé que l'armateur paie "
                + "le nettoyage. « Le pollueur paiera », a-t-elle affirmé.");
        assertNotNull(starting(fr, "Le pollueur paiera"), fr.toString());
        List<QuoteMention> de = quotes("de", "Verkehrsministerin Ingrid Solberg verlangte, dass die Reederei zahlt. "
                + "„Der Verursacher zahlt“, sagte Solberg.");
        assertNotNull(starting(de, "Der Verursacher zahlt"), de.toString());
    }

    @Test
    void aSpeakerNamedAfterAPossessiveRoleIsThatPerson() {
        List<QuoteMention> fr = quotes("fr", "La ministre des Transports, Ingrid Solberg, est arrivée mercredi. "
                + "L'association Coastwatch estime que la fuite est bien plus importante. « Nos observations "
                + "aériennes montrent une nappe de plus de 15 kilomètres », a dit sa directrice, Mira Aalto.");
        QuoteMention q = starting(fr, "Nos observations");
        assertNotNull(q, fr.toString());
        assertEquals("Mira Aalto", q.speaker(), fr.toString());
        List<QuoteMention> de = quotes("de", "Verkehrsministerin Ingrid Solberg kam am Mittwoch an. Die Organisation "
                + "Coastwatch hält das Leck für viel größer. „Unsere Flüge zeigen einen Ölteppich von mehr als 15 "
                + "Kilometern“, sagte ihre Direktorin, Mira Aalto.");
        QuoteMention d = starting(de, "Unsere Flüge");
        assertNotNull(d, de.toString());
        assertEquals("Mira Aalto", d.speaker(), de.toString());
    }
}
