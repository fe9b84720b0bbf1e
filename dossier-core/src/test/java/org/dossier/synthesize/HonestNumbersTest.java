package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;
import org.dossier.render.HtmlRenderer;
import org.dossier.render.MarkdownRenderer;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/** Numbers as the outlets gave them: vague stays vague, dates decide updates, sources kept, every date shown. */
class HonestNumbersTest {
    private static final LocalDate DEC = LocalDate.of(2031, 12, 17);
    private static final LocalDate JAN = LocalDate.of(2032, 1, 10);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static AnnotatedArticle plain(String id, String text, LocalDate day) {
        return article(id, text).meta("outlet " + id, "t", day, day).build();
    }

    /** An undated article the anchor policy could only bound: written before {@code before}. */
    private static AnnotatedArticle bounded(String id, String text, LocalDate before) {
        AnnotatedArticle a = article(id, text).meta("outlet " + id, "t", null, before.minusDays(1)).build();
        return new AnnotatedArticle(a.article(), a.annotations().withAnchor(before.minusDays(1), "why", true, before));
    }

    @Test
    void aVagueAmountBesideAFigureMakesNoDisagreement() {
        StoryDossier d = dossier(plain("a", "Tens of thousands of troops are near the border.", JAN),
                plain("b", "About 100,000 troops are near the border.", JAN));
        assertTrue(d.disagreements().isEmpty(), d.disagreements().toString());
        Claim vague = d.claims().stream().filter(Claim::vague).findFirst().orElseThrow();
        assertEquals("tens of thousands", vague.amount());
        assertNull(vague.value());
    }

    @Test
    void aLargerFigureReportedLaterIsAnUpdateDecidedByEachClaimsOwnDate() {
        StoryDossier d = dossier(bounded("a", "Varnia has moved up to 90,000 troops near the border.", JAN),
                plain("b", "Varnia keeps about 100,000 troops near the border.", JAN),
                plain("c", "Varnia keeps about 100,000 troops near the border.", JAN.plusDays(3)));
        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        Disagreement x = d.disagreements().get(0);
        assertEquals("update", x.kind(), x.toString());
        assertEquals(List.of("before " + JAN), x.values().get(0).when());
        assertTrue(x.reason().contains("changed over time"), x.reason());
    }

    @Test
    void differentFiguresOnTheSameDayStayAContradiction() {
        StoryDossier d = dossier(plain("a", "Varnia has moved up to 90,000 troops near the border.", JAN),
                plain("b", "Varnia keeps about 100,000 troops near the border.", JAN));
        assertEquals("contradiction", d.disagreements().get(0).kind());
    }

    @Test
    void theSourceASentenceCreditsIsKeptWithTheClaim() {
        StoryDossier d = dossier(
                plain("a", "According to Osrian and Velnan officials, Varnia has moved 90,000 troops to the border.", JAN),
                plain("b", "About 3,000 people fled the town, the ministry said.", JAN),
                plain("c", "Relief agencies say 4,000 people have left.", JAN),
                plain("d", "About 5,000 people fled, he said.", JAN),
                plain("e", "About 6,000 people fled the valley.", JAN));
        assertEquals(List.of("Osrian and Velnan officials", "the ministry", "Relief agencies"),
                d.claims().subList(0, 3).stream().map(Claim::source).toList());
        assertNull(d.claims().get(3).source(), "a bare pronoun names no source");
        assertNull(d.claims().get(4).source());
    }

    @Test
    void everyNumberIsShownWithItsDateInMarkdownAndHtml() {
        StoryDossier d = dossier(bounded("a", "Varnia has moved up to 90,000 troops near the border.", JAN),
                plain("b", "Varnia keeps about 100,000 troops near the border.", JAN.plusDays(1)));
        String md = new MarkdownRenderer().render(List.of(d));
        String html = new HtmlRenderer().render(List.of(d));
        assertTrue(md.contains("up to 90,000 troops near the border (before " + JAN), md);
        assertTrue(md.contains("up to 90,000 (before " + JAN + ") [A1]"), md);
        assertTrue(md.contains("about 100,000 (" + JAN.plusDays(1) + ") [A2]"), md);
        assertTrue(html.contains("(before " + JAN), html);
        assertEquals("before", d.claims().get(0).datePrecision());
    }

    @Test
    void aClaimFromAnArticleDatedByItsStoryIsMarkedEstimated() {
        AnnotatedArticle a = article("a", "About 3,000 people fled the town.").meta("x", "t", null, DEC)
                .estimatedAnchor().build();
        Claim c = dossier(a).claims().get(0);
        assertTrue(c.dateEstimated());
        assertTrue(new MarkdownRenderer().render(List.of(dossier(a))).contains("(~" + DEC + ")"));
    }

    @Test
    void aShareIsAboutTheNounAfterIt() {
        StoryDossier d = dossier(plain("a", "The dockers' union demands a 9 percent pay rise.", JAN));
        assertEquals(1, d.claims().size(), d.claims().toString());
        assertTrue(d.claims().get(0).subject().contains("pay rise"), d.claims().toString());
    }

    @Test
    void aShareThatSaysNotOfWhatIsDropped() {
        StoryDossier d = dossier(plain("a", "The operators offered 4 percent over two years.", JAN),
                plain("b", "The operators offered 4 percent.", JAN));
        assertTrue(d.claims().isEmpty(), d.claims().toString());
    }
    @Test
    void theSourceIsTheNamePhraseWithoutTheAdverbsBeforeItsVerb() {
        StoryDossier d = dossier(plain("a", "Investigators now say 40 people died in the fire.", JAN),
                plain("b", "Officials initially said 12 people were hurt.", JAN),
                plain("c", "Police have also said 300 homes were damaged.", JAN));
        assertEquals(List.of("Investigators", "Officials", "Police"),
                d.claims().stream().map(Claim::source).toList());
    }

    @Test
    void aCopysFiguresAreOneClaimWithItsOriginalsCarriedByBoth() {
        String text = "Rescuers say about 2,400 people were evacuated from the valley.";
        AnnotatedArticle original = plain("a", text, JAN);
        AnnotatedArticle copy = article("b", text).meta("outlet b", "t", JAN, JAN).duplicateOf("a").build();
        StoryDossier d = dossier(original, copy);
        assertEquals(1, d.claims().size(), d.claims().toString());
        assertEquals("a", d.claims().get(0).article());
        StoryDossier.Fact fact = d.facts().stream().filter(f -> f.kind().equals("claim")).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), fact.articles());
        assertEquals(1, fact.independentSources());
    }

    @Test
    void aFigureRaisedLaterIsAnUpdateEvenWhenTheEarlierBoundAdmitsIt() {
        StoryDossier d = dossier(plain("a", "The charges say he received at least 50,000 dollars in bribes.", DEC),
                plain("b", "Prosecutors now say he received about 80,000 dollars in bribes.", JAN));
        assertEquals(1, d.disagreements().size(), d.claims().toString());
        Disagreement x = d.disagreements().get(0);
        assertEquals("update", x.kind(), x.toString());
        assertTrue(x.reason().contains("at least 50,000 (" + DEC + "), then about 80,000 (" + JAN + ")"), x.reason());
    }

    @Test
    void aBoundedFigureRestatedTheSameWayLaterIsNoUpdate() {
        StoryDossier d = dossier(plain("a", "He received at least 50,000 dollars in bribes.", DEC),
                plain("b", "He received about 52,000 dollars in bribes.", JAN));
        assertTrue(d.disagreements().isEmpty(), d.disagreements().toString());
    }
}
