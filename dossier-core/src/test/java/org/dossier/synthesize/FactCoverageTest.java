package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Coverage;
import org.dossier.model.StoryDossier.Fact;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/** The fact table: readable labels, independent sources per fact, and which outlets are independent. */
class FactCoverageTest {
    private static final LocalDate DAY = LocalDate.of(2031, 9, 1);
    private static final String QUOTED = "The bridge will reopen after the inspection is complete";

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static org.dossier.resolve.ArticleFixture quoting(String id, String outlet, String extra) {
        String text = "\u201c" + QUOTED + ",\u201d said Mayor Ines Duarte. " + extra;
        return article(id, text).person("Ines Duarte").quote(QUOTED, "Ines Duarte", null)
                .meta(outlet, "Bridge stays shut", DAY, DAY);
    }

    private static Fact quoteFact(StoryDossier d) {
        return d.facts().stream().filter(f -> f.kind().equals("quote")).findFirst().orElseThrow();
    }

    private static Coverage outlet(StoryDossier d, String name) {
        return d.coverage().stream().filter(c -> c.outlet().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void factLabelsReadAsContentNotAsIndexes() {
        StoryDossier d = dossier(quoting("a", "Herald", "").build());
        Fact f = quoteFact(d);
        assertEquals("quote:0", f.id());
        assertTrue(f.label().startsWith("Ines Duarte: \u201cThe bridge will reopen"), f.label());
        assertTrue(d.coverage().get(0).facts().contains("quote:0"));
    }

    @Test
    void twoOutletsReportingOnTheirOwnAreTwoIndependentSources() {
        StoryDossier d = dossier(quoting("a", "Herald", "").build(), quoting("b", "Courier", "").build());
        Fact f = quoteFact(d);
        assertEquals(List.of("a", "b"), f.articles());
        assertEquals(2, f.independentSources());
        assertFalse(f.singleSource());
        assertTrue(d.coverage().stream().allMatch(Coverage::independent));
    }

    @Test
    void aCopyCountsOnceWithItsOriginalAndIsNotIndependent() {
        StoryDossier d = dossier(quoting("a", "Herald", "").build(), quoting("b", "Mirror Site", "").duplicateOf("a").build());
        Fact f = quoteFact(d);
        assertEquals(1, f.independentSources());
        assertTrue(f.singleSource());
        Coverage copy = outlet(d, "Mirror Site");
        assertFalse(copy.independent());
        assertTrue(copy.dependence().contains("copy"), copy.dependence());
        assertTrue(outlet(d, "Herald").independent());
    }

    @Test
    void outletsCarryingOneAgencysCopyCountOnceAndThatCopyIsNotIndependent() {
        AnnotatedArticle a = quoting("a", "Herald", "").credit(Credit.Kind.AGENCY, "Wirepress").build();
        AnnotatedArticle b = quoting("b", "Courier", "").credit(Credit.Kind.AGENCY, "Wirepress").build();
        AnnotatedArticle c = quoting("c", "Gazette", "").build();
        StoryDossier d = dossier(a, b, c);
        assertEquals(2, quoteFact(d).independentSources());
        Coverage herald = outlet(d, "Herald");
        assertFalse(herald.independent());
        assertTrue(herald.dependence().contains("Wirepress"), herald.dependence());
        assertTrue(outlet(d, "Gazette").independent());
    }

    @Test
    void aRepostIsNotAnIndependentOutlet() {
        AnnotatedArticle a = quoting("a", "Aggregator", "").credit(Credit.Kind.REPOST, "Aggregator").build();
        Coverage c = outlet(dossier(a), "Aggregator");
        assertFalse(c.independent());
        assertEquals("repost", c.dependence());
    }

    @Test
    void aMachineTranslationIsNotAnIndependentOutlet() {
        AnnotatedArticle a = quoting("a", "Reader", "").build();
        Article x = a.article();
        Article translated = new Article(x.id(), x.source(), x.url(), x.title(), x.authors(), x.published(),
                x.pageDates(), x.outlet(), x.language(), x.credits(), x.text(), 0.9, null, null);
        Coverage c = outlet(dossier(new AnnotatedArticle(translated, a.annotations())), "Reader");
        assertFalse(c.independent());
        assertEquals("machine translation", c.dependence());
    }

    @Test
    void positionsAreFactsTooAndCoverageNamesThem() {
        AnnotatedArticle a = article("a", "Chile rejected the proposed copper tariffs on imports.")
                .entity("Chile", "LOCATION").meta("Herald", "t", DAY, DAY).build();
        StoryDossier d = dossier(a);
        assertEquals(1, d.positions().size(), d.positions().toString());
        Fact f = d.facts().stream().filter(x -> x.kind().equals("position")).findFirst().orElseThrow();
        assertEquals("position:0", f.id());
        assertEquals("Chile rejects: proposed copper tariffs on imports", f.label());
        assertTrue(d.coverage().get(0).facts().contains("position:0"));
    }

    @Test
    void aFactLabelGivesABoundedDateAsABoundNotAsADay() {
        LocalDate before = DAY.plusDays(3);
        AnnotatedArticle built = article("p", "Up to 4,000 workers marched through Tarso.").entity("Tarso", "LOCATION")
                .meta("Digest", "t", null, before.minusDays(1)).build();
        AnnotatedArticle preview = new AnnotatedArticle(built.article(),
                built.annotations().withAnchor(before.minusDays(1), "why", true, before));
        StoryDossier d = dossier(preview);
        Fact claim = d.facts().stream().filter(f -> f.kind().equals("claim")).findFirst().orElseThrow();
        assertTrue(claim.label().endsWith("(before " + before + ")"), claim.label());
    }

    @Test
    void aCutLabelClosesOnlyAQuoteItOpened() {
        String label = org.dossier.synthesize.Coverage.shorten("2031-09-01 The spokesman told reporters on the steps of the ministry "
                + "that the negotiations \u201cfailed\u201d despite progress");
        assertFalse(label.endsWith("\u2026\u201d"), label);
        String open = org.dossier.synthesize.Coverage.shorten("Ines Duarte: \u201cThe bridge will reopen after the inspection is "
                + "complete and the engineers have signed");
        assertTrue(open.endsWith("\u2026\u201d"), open);
    }
}
