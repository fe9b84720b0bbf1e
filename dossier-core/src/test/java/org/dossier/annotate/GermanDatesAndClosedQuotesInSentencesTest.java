package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * German text read without a model: a day written as an ordinal before its month ("am 10. Mai") ends no sentence and
 * its month is no person even where it is a first name; a quote closed after its own full stop ends the sentence
 * before a capital ("… genug.“ Am Freitag …"), and a quote opening after a sentence's end starts the next one
 * (French too: "… nettoyage. « Le pollueur paiera », …"), where the JDK's rules run on.
 */
class GermanDatesAndClosedQuotesInSentencesTest {
    private static List<String> sentences(String text) {
        return NameEvidenceAnnotator.sentences(text, "de").stream().map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void aDayWrittenAsAnOrdinalBeforeItsMonthEndsNoSentence() {
        assertEquals(List.of("Die Firma habe am 10. Mai ein Angebot vorgelegt.", "Die Gewerkschaft lehnte ab."),
                sentences("Die Firma habe am 10. Mai ein Angebot vorgelegt. Die Gewerkschaft lehnte ab."));
    }

    @Test
    void aQuoteClosedAfterItsFullStopEndsItsSentence() {
        assertEquals(List.of("Anja Roth sagte: „Wir haben genug.“", "Am Freitag wird verhandelt."),
                sentences("Anja Roth sagte: „Wir haben genug.“ Am Freitag wird verhandelt."));
    }

    @Test
    void aQuoteOpeningAfterASentencesEndStartsTheNextSentence() {
        String fr = "La ministre a exigé que l'armateur paie le nettoyage. « Le pollueur paiera », a-t-elle affirmé.";
        assertEquals(List.of("La ministre a exigé que l'armateur paie le nettoyage.",
                "« Le pollueur paiera », a-t-elle affirmé."),
                NameEvidenceAnnotator.sentences(fr, "fr").stream().map(s -> fr.substring(s.start(), s.end())).toList());
        assertEquals(List.of("Die Ministerin verlangte, dass die Reederei zahlt.", "„Der Verursacher zahlt“, sagte sie."),
                sentences("Die Ministerin verlangte, dass die Reederei zahlt. „Der Verursacher zahlt“, sagte sie."));
    }

    @Test
    void aQuoteClosedInsideItsSentenceGoesOn() {
        assertEquals(1, sentences("„Wir haben genug“, sagte Anja Roth am Montag.").size());
    }

    @Test
    void theMonthOfADateIsNoPerson() {
        String text = "Personalchefin Ines Kupfer sagte, die Firma habe am 10. Mai ein Angebot vorgelegt.";
        Article a = new Article("a", null, null, null, null, LocalDate.of(2031, 5, 14), null, "o", "de", null, text, 0,
                null, null);
        Annotations ann = new NameEvidenceAnnotator(Clock.fixed(Instant.parse("2031-05-14T00:00:00Z"), ZoneOffset.UTC),
                l -> "no model").annotate(a, LocalDate.of(2031, 5, 14));
        assertTrue(ann.entities().stream().filter(e -> EntityType.PERSON.is(e.type()))
                .noneMatch(e -> e.text().contains("Mai")), ann.entities().toString());
        assertTrue(ann.entities().stream().anyMatch(e -> e.text().equals("Ines Kupfer")), ann.entities().toString());
    }
}
