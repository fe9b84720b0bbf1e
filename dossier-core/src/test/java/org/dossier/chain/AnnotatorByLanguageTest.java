package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.AnnotatorByLanguage;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** The language registry decides which model annotates an article; models are made once, on first use. */
class AnnotatorByLanguageTest {
    private static Article article(String id, String lang) {
        return new Article(id, id, null, "t", List.of(), null, List.of(), null, lang, List.of(), "Text.", 0, null, null);
    }

    @Test
    void anArticleGoesToItsLanguagesModelOrTheFallbackAndEachModelIsMadeOnce() {
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
        a.annotate(article("2", "de"), null);
        a.annotate(article("3", "und"), null);
        a.annotate(article("4", null), null);
        assertEquals(List.of("en"), made, "German has no model in the registry: the fallback reads it, and is made once");
        assertEquals(List.of("en:1", "en:2", "en:3", "en:4"), used);
        assertEquals("en", a.modelFor("EN"));
    }
}
