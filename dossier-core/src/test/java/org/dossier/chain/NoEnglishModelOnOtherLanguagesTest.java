package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A page in another language is never read with the English model: through the composition's analysis a German
 * car review gives none of the common nouns English NER took for people, and where the German model is not
 * installed the dossier says the article could not be analysed fully, and why.
 */
class NoEnglishModelOnOtherLanguagesTest {
    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    static final String REVIEW = """
            Das neue Modell kommt im Laufe des Jahres zu den Händlern. Die Fahrzeuge erhalten eine neue Kühlermaske \
            und schärfere Scheinwerfer.

            Das Topmodell bringt es auf eine Leistung von 340 PS. Nach Angaben des Herstellers sinkt der Verbrauch \
            um zwölf Prozent. Der Einstiegspreis liegt bei 48.900 Euro.

            Das Cockpit wurde vollständig überarbeitet. Einer Leistung von 150 kW steht ein Gewicht von 1,7 Tonnen \
            gegenüber, sagte Entwicklungschef Tomas Hradil am Montag in Ingolstadt.""";

    private static StoryDossier analyse(Article... articles) {
        List<String> ids = java.util.Arrays.stream(articles).map(Article::id).toList();
        return Composition.standard(CLOCK).storyAnalysis()
                .analyse(new Story("s", "t", ids), List.of(articles), Map.of(), () -> { }).dossier();
    }

    private static Article article(String id, String lang, String title, String text) {
        return new Article(id, id + ".html", null, title, List.of(), LocalDate.of(2024, 5, 15), List.of(), "auto.example",
                lang, List.of(), text, 0.1, null, null);
    }

    @Test
    void aGermanArticleGetsNoEnglishModelEntities() {
        StoryDossier d = analyse(article("de1", "de", "Neues Modell mit mehr Leistung", REVIEW));
        Set<String> commonNouns = Set.of("Laufe des Jahres", "Laufe", "Fahrzeuge", "Das", "Kühlermaske",
                "einer Leistung", "Einer Leistung", "Das Topmodell", "Das Cockpit", "Verbrauch");
        for (StoryDossier.Entity e : d.entities()) {
            assertFalse(commonNouns.contains(e.name()), "a common noun listed as an entity: " + e);
            e.variants().forEach(v -> assertFalse(commonNouns.contains(v), "a common noun as a variant: " + e));
        }
        StoryDossier.ArticleRef ref = d.articles().get(0);
        if (CoreNlpAnnotator.hasModel("de")) {
            assertNull(ref.analysis(), "read with the German model");
        } else {
            assertNotNull(ref.analysis(), "the dossier says the article could not be analysed fully");
            assertTrue(ref.analysis().contains("German"), ref.analysis());
            assertEquals(List.of("Tomas Hradil"), d.entities().stream().map(StoryDossier.Entity::name).toList(),
                    "one article confirms no name of its own but the person its role noun introduces");
        }
    }

    @Test
    void aLanguageWithoutAnyModelGetsItsDatesFromTheRuleDataAndSaysWhy() {
        Article ru = article("ru1", "ru", "Переговоры в Женеве",
                "Делегации встретились в понедельник в Женеве. Переговоры продлились шесть часов.");
        StoryAnalysis.Result r = Composition.standard(CLOCK).storyAnalysis()
                .analyse(new Story("s", "t", List.of("ru1")), List.of(ru), Map.of(), () -> { });
        String analysis = r.dossier().articles().get(0).analysis();
        assertTrue(analysis.contains("Russian"), analysis);
        assertEquals(List.of(LocalDate.of(2024, 5, 13)),
                r.fresh().get(0).times().stream().map(org.dossier.model.TimeMention::date).toList(),
                "\"в понедельник\" before the anchor Wednesday 15 May");
    }
}
