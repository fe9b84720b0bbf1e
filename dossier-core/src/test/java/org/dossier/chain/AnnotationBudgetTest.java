package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.NameEvidenceAnnotator;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * One article's annotation has a run-time budget: an article whose annotation runs away is cut off with its reason
 * in the dossier, the story's other articles are analysed, and nothing is stored for the cut one. Also: texts
 * pathological for a tokenizer and quote rules (200,000 words without a sentence end, 50,000 quote marks) end
 * within the budget, or are cut off by it, and never hold the rest of the story. The articles are written after
 * the pattern of a council report; English and German, read with the model-less annotator (no model loads).
 */
class AnnotationBudgetTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate DAY = LocalDate.of(2026, 2, 16);
    static final String COUNCIL_EN = "The city council approved a new tram line on Monday. \"Work will start next"
            + " spring,\" said Mayor Anna Walsh.\n\nThe line is expected to cost 300 million euros.";
    static final String COUNCIL_DE = "Der Stadtrat hat am Montag eine neue Straßenbahnlinie beschlossen. \"Die"
            + " Arbeiten beginnen im Frühjahr\", sagte Bürgermeisterin Anna Wolf.\n\nDie Linie soll 300 Millionen Euro"
            + " kosten.";

    private static Article article(String id, String language, String text) {
        return new Article(id, null, null, null, null, DAY, null, id + ".example", language, null, text, 0, null, null);
    }

    /** The model-less annotator, spinning on the CPU (never returning by itself) for articles {@code spins} names. */
    private static StoryAnalysis analysis(long seconds, Function<Article, Boolean> spins) {
        StandardStages stages = new StandardStages(CLOCK);
        Annotator inner = new NameEvidenceAnnotator(CLOCK, lang -> "no model for " + lang);
        Annotator annotator = (article, anchor) -> {
            if (spins.apply(article)) {
                long x = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    x += System.nanoTime() % 7;
                }
                throw new IllegalStateException("interrupted after " + x);
            }
            return inner.annotate(article, anchor);
        };
        return new StoryAnalysis(() -> annotator, stages.anchorPolicy(), stages.resolver(), stages.synthesizer(),
                new PageBudget(seconds));
    }

    private static Map<String, StoryDossier.ArticleRef> refs(StoryDossier d) {
        return d.articles().stream().collect(Collectors.toMap(StoryDossier.ArticleRef::id, a -> a));
    }

    @Test
    void anArticleWhoseAnnotationRunsAwayIsCutOffWithItsReasonAndTheRestOfTheStoryIsAnalysed() {
        List<Article> articles = List.of(article("en", "en", COUNCIL_EN), article("runaway", "en", COUNCIL_EN + " x"),
                article("de", "de", COUNCIL_DE));
        long start = System.nanoTime();
        StoryAnalysis.Result r = analysis(1, a -> a.id().equals("runaway"))
                .analyse(new Story("s", "Tram line", List.of("en", "runaway", "de")), articles, Map.of(), () -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 30, "cut off after its 1 s budget, not waited for: " + seconds + " s");
        assertEquals(List.of("en", "de"), r.fresh().stream().map(Annotations::articleId).toList(),
                "the cut-off article stores nothing (it is tried again next time)");
        Map<String, StoryDossier.ArticleRef> refs = refs(r.dossier());
        assertEquals(3, refs.size(), "the cut-off article is still listed");
        assertEquals(StoryAnalysis.CUT_OFF + "took longer than 1 s", refs.get("runaway").analysis());
        assertFalse(r.fresh().get(0).sentences().isEmpty(), "the other articles are annotated");
        assertFalse(r.fresh().get(1).quotes().isEmpty(), "the German article's quote is found");
    }

    @Test
    void everyArticleOfAStoryCutOffStillGivesADossier() {
        List<Article> articles = List.of(article("a", "en", COUNCIL_EN), article("b", "de", COUNCIL_DE));
        StoryAnalysis.Result r = analysis(1, a -> true)
                .analyse(new Story("s", "Tram line", List.of("a", "b")), articles, Map.of(), () -> { });
        assertTrue(r.fresh().isEmpty());
        assertTrue(r.dossier().quotes().isEmpty());
        refs(r.dossier()).values().forEach(a -> assertTrue(a.analysis().startsWith(StoryAnalysis.CUT_OFF), a.id()));
    }

    @Test
    void anArticleWithinItsBudgetIsAnnotatedExactlyAsWithoutOne() {
        List<Article> articles = List.of(article("en", "en", COUNCIL_EN), article("de", "de", COUNCIL_DE));
        Story story = new Story("s", "Tram line", List.of("en", "de"));
        StoryAnalysis.Result budgeted = analysis(60, a -> false).analyse(story, articles, Map.of(), () -> { });
        StoryAnalysis.Result free = analysis(0, a -> false).analyse(story, articles, Map.of(), () -> { });
        assertEquals(free.fresh(), budgeted.fresh());
        assertEquals(free.dossier(), budgeted.dossier());
        refs(budgeted.dossier()).values().forEach(a -> assertFalse(
                a.analysis() != null && a.analysis().startsWith(StoryAnalysis.CUT_OFF), a.id()));
    }

    @Test
    void textsPathologicalForTheTokenizerAndQuoteRulesEndWithinTheBudgetOrAreCutOff() {
        StringBuilder words = new StringBuilder("The council said");
        for (int i = 0; i < 200_000; i++) {
            words.append(i % 7 == 0 ? " Tram" : " line");
        }
        String quotes = "\"".repeat(50_000) + " said Anna Walsh.";
        String guillemets = "«„".repeat(25_000) + " sagte Anna Wolf.";
        List<Article> articles = List.of(article("words", "en", words.toString()), article("quotes", "en", quotes),
                article("guillemets", "de", guillemets), article("en", "en", COUNCIL_EN));
        long start = System.nanoTime();
        StoryAnalysis.Result r = analysis(10, a -> false).analyse(
                new Story("s", "Tram line", List.of("words", "quotes", "guillemets", "en")), articles, Map.of(), () -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 240, "bounded: " + seconds + " s");
        Map<String, StoryDossier.ArticleRef> refs = refs(r.dossier());
        assertEquals(4, refs.size());
        assertTrue(r.fresh().stream().anyMatch(a -> a.articleId().equals("en") && !a.sentences().isEmpty()),
                "the ordinary article is annotated");
        for (String id : List.of("words", "quotes", "guillemets")) {
            String note = refs.get(id).analysis();
            boolean cut = note != null && note.startsWith(StoryAnalysis.CUT_OFF);
            boolean stored = r.fresh().stream().anyMatch(a -> a.articleId().equals(id));
            assertTrue(cut != stored, id + ": either annotated and stored or cut off with its reason (" + note + ")");
            System.out.println("AnnotationBudgetTest: " + id + (cut ? " cut off" : " annotated") + "; story in "
                    + Math.round(seconds * 10) / 10.0 + " s");
        }
    }
}
