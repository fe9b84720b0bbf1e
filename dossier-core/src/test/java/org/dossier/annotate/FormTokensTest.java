package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.junit.jupiter.api.Test;

/**
 * Text read without a model, as the quote rules see it: word-form tokens, sentences that do not break inside a quote
 * or after an honorific, and the people that capitals, first names and role nouns suggest.
 */
class FormTokensTest {
    private static List<String> words(String lang, String text) {
        List<SentenceSpan> s = NameEvidenceAnnotator.sentences(text, lang);
        return FormTokens.of(text, s, lang, QuoteRules.of(lang)).stream().map(TaggedToken::word).toList();
    }

    private static List<String> people(String lang, String text) {
        List<SentenceSpan> s = NameEvidenceAnnotator.sentences(text, lang);
        QuoteRules rules = QuoteRules.of(lang);
        return NameGuesses.of(text, FormTokens.of(text, s, lang, rules), lang, rules).stream()
                .filter(e -> e.type().equals("PERSON")).map(EntityMention::text).toList();
    }

    @Test
    void frenchElidedArticlesAndInvertedPronounsAreTokensOfTheirOwn() {
        assertEquals(List.of("«", "C'", "est", "l'", "État", "»", ",", "estime", "il", "."),
                words("fr", "« C'est l'État », estime-t-il."));
    }

    @Test
    void anAuxiliaryCarryingItsPronounStaysOneToken() {
        assertEquals(List.of("a-t-elle", "lancé"), words("fr", "a-t-elle lancé"));
    }

    @Test
    void anAbbreviatedHonorificKeepsItsPeriodAndEndsNoSentence() {
        String text = "« Les résultats sont là », a souligné M. Mercier.";
        assertEquals(1, NameEvidenceAnnotator.sentences(text, "fr").size());
        assertEquals("M.", words("fr", text).get(words("fr", text).indexOf("Mercier") - 1));
    }

    @Test
    void aQuotedQuestionDoesNotEndTheSentenceOfItsAttribution() {
        String text = "« Combien de temps allez-vous attendre ? », a-t-elle lancé.";
        assertEquals(1, NameEvidenceAnnotator.sentences(text, "fr").size());
    }

    @Test
    void aGermanCompoundEndingInARoleIntroducesThePersonAfterIt() {
        assertEquals(List.of("Jan Hellwig"), people("de", "Regierungssprecher Jan Hellwig sagte am Freitag etwas."));
        assertEquals(List.of("Gisela Brandt"), people("de", "Das sagt Anwohnerin Gisela Brandt."));
    }

    @Test
    void capitalisedGermanNounsWithoutANameAreNoPeople() {
        assertEquals(List.of(), people("de", "Die Fahrzeuge erhalten eine neue Kühlermaske und schärfere Scheinwerfer."));
    }
}
