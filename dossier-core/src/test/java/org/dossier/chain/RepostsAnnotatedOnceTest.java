package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.NameEvidenceAnnotator;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.junit.jupiter.api.Test;

/**
 * Articles of one story alike in text, language and anchor — an automatic repost, one agency's copy on two sites —
 * are annotated once, and each gets the annotations annotating it alone would give (its own id). Written after the
 * pattern of agency copy; Finnish, so the model-less annotator runs and no model loads.
 */
class RepostsAnnotatedOnceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    static final String COPY = "Helsinki (STT) Kaupunginvaltuusto hyväksyi maanantaina uuden raitiotielinjan."
            + " Pormestari Anna Virtanen sanoi, että työt alkavat ensi keväänä.\n\nLinjan arvioidaan maksavan 300 miljoonaa euroa.";
    static final String OTHER = "Tampereen raitiotie kuljetti viime vuonna ennätysmäärän matkustajia, kertoo Tampereen"
            + " Raitiotie Oy.\n\nKasvua edellisvuoteen oli kymmenen prosenttia.";

    private static Article article(String id, String outlet, LocalDate published, String text) {
        return new Article(id, null, null, null, null, published, null, outlet, "fi", null, text, 0, null, null);
    }

    /** The standard analysis with a model-less annotator that counts its calls. */
    private static StoryAnalysis analysis(AtomicInteger calls) {
        StandardStages stages = new StandardStages(CLOCK);
        Annotator counting = new Annotator() {
            final Annotator inner = new NameEvidenceAnnotator(CLOCK, lang -> "no model for " + lang);

            @Override
            public Annotations annotate(Article article, LocalDate anchor) {
                calls.incrementAndGet();
                return inner.annotate(article, anchor);
            }
        };
        return new StoryAnalysis(() -> counting, stages.anchorPolicy(), stages.resolver(), stages.synthesizer());
    }

    private static Map<String, Annotations> fresh(StoryAnalysis.Result r) {
        return r.fresh().stream().collect(java.util.stream.Collectors.toMap(Annotations::articleId, a -> a));
    }

    @Test
    void aRepostOfTheSameDayIsAnnotatedOnceAndGetsWhatItAloneWouldGet() {
        LocalDate day = LocalDate.of(2026, 2, 16);
        List<Article> articles = List.of(article("a", "stt.fi", day, COPY), article("b", "repost.example", day, COPY),
                article("c", "tampere.example", day, OTHER));
        AtomicInteger calls = new AtomicInteger();
        StoryAnalysis.Result r = analysis(calls).analyse(new Story("s", "t", List.of("a", "b", "c")), articles, Map.of(), () -> { });
        assertEquals(2, calls.get(), "the repost is not annotated again");
        Map<String, Annotations> got = fresh(r);
        assertEquals(List.of("a", "b", "c"), r.fresh().stream().map(Annotations::articleId).toList());

        AtomicInteger alone = new AtomicInteger();
        Annotations b = analysis(alone).analyse(new Story("s", "t", List.of("b")), List.of(articles.get(1)), Map.of(), () -> { })
                .fresh().get(0);
        assertEquals(b, got.get("b"));
        assertEquals(got.get("a").withArticleId("b"), got.get("b"));
    }

    @Test
    void theSameTextAnchoredOnAnotherDayIsAnnotatedAgain() {
        List<Article> articles = List.of(article("a", "stt.fi", LocalDate.of(2026, 2, 16), COPY),
                article("b", "repost.example", LocalDate.of(2026, 2, 20), COPY));
        AtomicInteger calls = new AtomicInteger();
        StoryAnalysis.Result r = analysis(calls).analyse(new Story("s", "t", List.of("a", "b")), articles, Map.of(), () -> { });
        assertEquals(2, calls.get(), "another anchor resolves the text's dates differently");
        assertEquals(2, r.fresh().size());
    }
}
