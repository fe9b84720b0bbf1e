package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.anchor.Anchor;
import org.dossier.anchor.StoryAnchorPolicy;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A story of four invented articles (trade talks, a farmers' protest, an undated preview): the anchor policy bounds
 * the preview, the timeline states the talks once with both reports and the minister's verdict, and the protest
 * figures read as an update over time, the vague one as written.
 */
class TradeTalksStoryTest {
    private static final LocalDate TUE = LocalDate.of(2032, 3, 2);
    private static final LocalDate MON = TUE.minusDays(1);

    @Test
    void fourArticlesGiveOneTalksEntryAStatementABoundedPreviewAndAnUpdatedCount() {
        String t1 = "Trade ministers of Osria and Velna met on Monday in Lisbon, where they agreed to cut tariffs. "
                + "About 4,000 farmers protested outside, police said.";
        String t2 = "Osria and Velna held trade talks in Lisbon on Monday. Thousands of farmers protested outside.";
        String t3 = "Osria proposes Lisbon as the venue for trade talks with Velna. Up to 2,500 farmers plan to "
                + "protest, the union said.";
        String t4 = "Velnan minister Ana Brel said the talks had failed to settle the dairy quota.";
        var anchors = new StoryAnchorPolicy(Clock.fixed(LocalDate.of(2040, 1, 1).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), ZoneOffset.UTC)).choose(List.of(
                        new org.dossier.model.Article("a1", null, null, null, null, TUE, null, null, "en", null, t1, 0, null, null),
                        new org.dossier.model.Article("a2", null, null, null, null, TUE, null, null, "en", null, t2, 0, null, null),
                        new org.dossier.model.Article("a3", null, null, null, null, null, null, null, "en", null, t3, 0, null, null),
                        new org.dossier.model.Article("a4", null, null, null, null, TUE.plusDays(1), null, null, "en", null, t4, 0,
                                null, null)), Map.of());
        Anchor preview = anchors.get("a3");
        assertEquals(MON, preview.before(), preview.toString());

        AnnotatedArticle a1 = article("a1", t1).entity("Osria", "LOCATION").entity("Velna", "LOCATION")
                .entity("Lisbon", "LOCATION").time("on Monday", MON, "day").meta("Herald", "t", TUE, TUE).build();
        AnnotatedArticle a2 = article("a2", t2).entity("Osria", "LOCATION").entity("Velna", "LOCATION")
                .entity("Lisbon", "LOCATION").time("on Monday", MON, "day").meta("Courier", "t", TUE, TUE).build();
        AnnotatedArticle built = article("a3", t3).entity("Osria", "LOCATION").entity("Velna", "LOCATION")
                .entity("Lisbon", "LOCATION").meta("Digest", "t", null, preview.date()).build();
        AnnotatedArticle a3 = new AnnotatedArticle(built.article(), preview.recordedIn(built.annotations()));
        AnnotatedArticle a4 = article("a4", t4).person("Ana Brel").meta("Post", "t", TUE.plusDays(1), TUE.plusDays(1))
                .build();
        List<AnnotatedArticle> all = List.of(a1, a2, a3, a4);
        StoryDossier d = new DossierSynthesizer(EntityIndex::new).synthesize(new Story("s", "t", all.stream()
                .map(AnnotatedArticle::id).toList()), all, new NameResolver().resolve(all));

        List<TimelineEntry> talks = d.timeline().stream().filter(e -> MON.equals(e.date())
                && "meeting".equals(e.kind())).toList();
        assertEquals(1, talks.size(), d.timeline().toString());
        assertEquals(List.of("a1", "a2"), talks.get(0).articles());
        assertEquals("Trade ministers of Osria and Velna met in Lisbon; they agreed to cut tariffs",
                talks.get(0).summary(), "the report that states the outcome");
        assertTrue(d.timeline().stream().anyMatch(e -> e.summary().startsWith("Velnan minister Ana Brel said the talks "
                + "had failed") && TUE.plusDays(1).equals(e.date())), d.timeline().toString());

        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        assertEquals("update", d.disagreements().get(0).kind(), d.disagreements().toString());
        assertTrue(d.claims().stream().anyMatch(c -> c.vague() && c.amount().equals("thousands")), d.claims().toString());
        assertTrue(d.claims().stream().anyMatch(c -> "police".equals(c.source())), d.claims().toString());
        assertTrue(d.claims().stream().anyMatch(c -> "the union".equals(c.source())
                && "before".equals(c.datePrecision())), d.claims().toString());
        assertEquals(MON, d.articles().get(2).anchorBefore());
    }
}
