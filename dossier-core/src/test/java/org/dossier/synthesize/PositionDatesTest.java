package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.render.HtmlRenderer;
import org.dossier.render.MarkdownRenderer;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A position is dated no more precisely than its articles allow: one read only from an undated preview bound by
 * a later report shows "before D", not the day the preview was read as; one also reported on a day shows the day.
 */
class PositionDatesTest {
    private static final LocalDate VERDICT = LocalDate.of(2032, 5, 14);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static AnnotatedArticle bounded(String id, String text, LocalDate before) {
        AnnotatedArticle a = article(id, text).meta("outlet " + id, "t", null, before.minusDays(1)).build();
        return new AnnotatedArticle(a.article(), a.annotations().withAnchor(before.minusDays(1), "why", true, before));
    }

    @Test
    void aPositionOnlyAnUndatedPreviewReportsIsShownBeforeItsBound() {
        StoryDossier d = dossier(bounded("a", "Prosecutors are seeking a prison sentence of five years.", VERDICT),
                article("b", "The court convicted the former treasurer on Friday.").meta("outlet b", "t", VERDICT, VERDICT).build());
        String md = new MarkdownRenderer().render(List.of(d));
        String html = new HtmlRenderer().render(List.of(d));
        assertTrue(md.contains("prison sentence of five years [A1, before " + VERDICT + "]"), md);
        assertFalse(md.contains(VERDICT.minusDays(1).toString() + "]"), md);
        assertTrue(html.contains("before " + VERDICT), html);
    }

    @Test
    void aPositionAlsoReportedOnADayShowsThatDay() {
        StoryDossier d = dossier(bounded("a", "Prosecutors are seeking a prison sentence of five years.", VERDICT),
                article("b", "Prosecutors are seeking a prison sentence of five years.")
                        .meta("outlet b", "t", VERDICT.minusDays(3), VERDICT.minusDays(3)).build());
        String md = new MarkdownRenderer().render(List.of(d));
        assertTrue(md.contains(", " + VERDICT.minusDays(3) + "]"), md);
    }
}
