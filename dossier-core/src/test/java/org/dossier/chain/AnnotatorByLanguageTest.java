package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.AnnotatorByLanguage;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The language registry decides which model annotates an article; models are made once, on first use; a language
 * without a model here is read with none, never with English's.
 */
class AnnotatorByLanguageTest {
    private static Article article(String id, String lang) {
        return new Article(id, id, null, "t", List.of(), null, List.of(), null, lang, List.of(), "Text.", 0, null, null);
    }

    @Test
    void anArticleGoesToItsLanguagesModelOrToNoModelAndEachAnnotatorIsMadeOnce() {
        List<String> made = new ArrayList<>();
        List<String> used = new ArrayList<>();
        AnnotatorByLanguage a = new AnnotatorByLanguage(model -> {
            made.add(model);
            return (article, anchor) -> {
                used.add(model + ":" + article.id());
                return new Annotations(article.id(), anchor, List.of(), List.of(), List.of(), List.of());
            };
        }, StandardStages::modelLanguage);
        a.annotate(article("1", "en"), LocalDate.of(2022, 1, 10));
        a.annotate(article("2", "ru"), null);
        a.annotate(article("3", "und"), null);
        a.annotate(article("4", null), null);
        a.annotate(article("5", "fi"), null);
        assertEquals(List.of("en", AnnotatorByLanguage.NO_MODEL), made,
                "Russian and Finnish have no model: they share the model-less annotator, made once");
        assertEquals(List.of("en:1", "-:2", "en:3", "en:4", "-:5"), used);
        assertEquals("en", a.modelFor("EN"));
        assertEquals(AnnotatorByLanguage.NO_MODEL, a.modelFor("pl"), "a language the registry lacks is read with none");
    }

    @Test
    void germanGoesToItsOwnModelWhereItIsInstalledAndToNoModelOtherwiseNeverToEnglish() {
        String expected = CoreNlpAnnotator.hasModel("de") ? "de" : AnnotatorByLanguage.NO_MODEL;
        assertEquals(expected, StandardStages.modelLanguage("de"));
        assertEquals(CoreNlpAnnotator.hasModel("fr") ? "fr" : AnnotatorByLanguage.NO_MODEL,
                StandardStages.modelLanguage("fr"));
    }
}
