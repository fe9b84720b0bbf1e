package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.text.NewsTexts;
import org.junit.jupiter.api.Test;

class LexicalTermsTest {
    /** Same terms, weights and first-occurrence order as the language analyzer run over the whole text. */
    private static void assertSameAsAnalyzer(LexicalTerms terms, String title, String text, String lang) {
        Map<String, Double> expected = terms.analyzedTerms(title, text, lang);
        Map<String, Double> actual = terms.terms(title, text, lang);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()), lang + ": " + title);
    }

    @Test
    void rememberedWordTermsEqualTheAnalyzersOnNewsTexts() {
        LexicalTerms terms = new LexicalTerms();
        List<NewsTexts.NewsText> docs = NewsTexts.ecbPlusDev();
        assertTrue(docs.size() > 100);
        for (int round = 0; round < 2; round++) {
            for (NewsTexts.NewsText d : docs) {
                assertSameAsAnalyzer(terms, d.title(), d.text(), d.lang());
            }
        }
    }

    @Test
    void rememberedWordTermsEqualTheAnalyzersInOtherLanguages() {
        LexicalTerms terms = new LexicalTerms();
        String[][] samples = {
            {"de", "Die Regierung beschließt neue Gesetze", "Am Dienstag sagte die Ministerin in Köln, dass die Häuser "
                    + "der Bürger geschützt würden. Die Häuser stehen an der Straße."},
            {"fr", "L'assemblée vote la loi", "Le ministre l'a annoncé jeudi à l'Élysée : « Nous allons agir » dit-il, "
                    + "aujourd'hui, devant les élus."},
            {"es", "El gobierno aprueba la ley", "La ministra anunció el martes que las casas serán protegidas."},
            {"it", "Il governo approva la legge", "Il ministro l'ha detto all'assemblea dell'Unione, martedì."},
            {"xx", "Unknown language", "Words in an unknown language go through the standard analyzer: U.S. 3.5% e-mail"},
            {null, "No language", "Words without a language, O'Neill's co-op isn't $12.50 or 10:30 a.m. #tag 😀"},
        };
        for (int round = 0; round < 2; round++) {
            for (String[] s : samples) {
                assertSameAsAnalyzer(terms, s[1], s[2], s[0]);
            }
        }
    }

    @Test
    void titleAndLeadTermsWeighMoreThanBodyTerms() {
        String body = "x ".repeat(LexicalTerms.LEAD_CHARS) + "harbour";
        Map<String, Double> tf = new LexicalTerms().terms("Harbour", "harbour " + body, "en");
        assertEquals(LexicalTerms.TITLE_WEIGHT + LexicalTerms.LEAD_WEIGHT + 1.0, tf.get("harbour"), 1e-9);
        assertFalse(tf.containsKey("x"));
    }
}
