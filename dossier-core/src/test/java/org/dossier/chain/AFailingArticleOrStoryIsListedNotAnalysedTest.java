package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.NameEvidenceAnnotator;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.synthesize.Synthesizer;
import org.junit.jupiter.api.Test;

/**
 * A fault of the rules on one text costs that text, not the story, and a fault in a story's synthesis costs that
 * story, not the report: the article (or every article of the story) is listed in the dossier as not analysed with
 * the failure in one line, and what failed is not stored, so it is tried again next time. Articles of the council
 * report of {@link AnnotationBudgetTest}, read with the model-less annotator.
 */
class AFailingArticleOrStoryIsListedNotAnalysedTest {
    private static Article article(String id, String language, String text) {
        return new Article(id, null, null, null, null, AnnotationBudgetTest.DAY, null, id + ".example", language, null,
                text, 0, null, null);
    }

    private static Map<String, StoryDossier.ArticleRef> refs(StoryDossier d) {
        return d.articles().stream().collect(Collectors.toMap(StoryDossier.ArticleRef::id, a -> a));
    }

    private static StoryAnalysis analysis(Annotator annotator, Synthesizer synthesizer) {
        StandardStages stages = new StandardStages(AnnotationBudgetTest.CLOCK);
        return new StoryAnalysis(() -> annotator, stages.anchorPolicy(), stages.resolver(), synthesizer);
    }

    private static Annotator modelLess() {
        return new NameEvidenceAnnotator(AnnotationBudgetTest.CLOCK, lang -> "no model for " + lang);
    }

    @Test
    void anArticleWhoseAnnotationFailsIsListedWithTheFailureAndTheOthersAreAnalysed() {
        Annotator inner = modelLess();
        Annotator failing = (article, anchor) -> {
            if (article.id().equals("broken")) {
                throw new IllegalArgumentException("offset 12 beyond\n the text");
            }
            return inner.annotate(article, anchor);
        };
        StandardStages stages = new StandardStages(AnnotationBudgetTest.CLOCK);
        StoryAnalysis.Result r = analysis(failing, stages.synthesizer()).analyse(
                new Story("s", "Tram line", List.of("en", "broken", "de")),
                List.of(article("en", "en", AnnotationBudgetTest.COUNCIL_EN),
                        article("broken", "en", AnnotationBudgetTest.COUNCIL_EN + " y"),
                        article("de", "de", AnnotationBudgetTest.COUNCIL_DE)), Map.of(), () -> { });
        String note = refs(r.dossier()).get("broken").analysis();
        assertTrue(note.startsWith(StoryAnalysis.CUT_OFF + "failed (IllegalArgumentException: offset 12 beyond the text"),
                note);
        assertFalse(note.contains("\n"), "one line: " + note);
        assertEquals(List.of("en", "de"), r.fresh().stream().map(Annotations::articleId).toList(),
                "the failed article stores nothing");
        assertFalse(r.dossier().quotes().isEmpty(), "the other articles' quotes are in the dossier");
    }

    @Test
    void aStoryWhoseSynthesisFailsStillGivesADossierListingItsArticlesWithTheFailure() {
        StandardStages stages = new StandardStages(AnnotationBudgetTest.CLOCK);
        Synthesizer real = stages.synthesizer();
        Synthesizer failsOnText = (story, articles, entities) -> {
            if (articles.stream().anyMatch(a -> !a.annotations().sentences().isEmpty())) {
                throw new NullPointerException("no date for the entry");
            }
            return real.synthesize(story, articles, entities);
        };
        StoryAnalysis.Result r = analysis(modelLess(), failsOnText).analyse(
                new Story("s", "Tram line", List.of("a", "b")),
                List.of(article("a", "en", AnnotationBudgetTest.COUNCIL_EN),
                        article("b", "de", AnnotationBudgetTest.COUNCIL_DE)), Map.of(), () -> { });
        Map<String, StoryDossier.ArticleRef> refs = refs(r.dossier());
        assertEquals(2, refs.size(), "both articles are listed");
        for (StoryDossier.ArticleRef a : refs.values()) {
            assertTrue(a.analysis().startsWith(StoryAnalysis.STORY_FAILED + "(NullPointerException: no date for the"
                    + " entry at "), a.analysis());
        }
        assertTrue(r.dossier().quotes().isEmpty());
        assertTrue(r.fresh().isEmpty(), "nothing of a failed story is stored");
    }
}
