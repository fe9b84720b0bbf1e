package org.dossier.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** An undated article that speaks as future of what others report as past is dated before that day. */
class FutureBoundsTest {
    /** A Tuesday: "on Monday" in an article of this day is 2032-03-01. */
    private static final LocalDate TUE = LocalDate.of(2032, 3, 2);
    private static final StoryAnchorPolicy POLICY = new StoryAnchorPolicy(TestArticles.CLOCK_FAR);

    private static Article published(String id, LocalDate date, String text) {
        return new Article(id, null, null, null, null, date, null, null, "en", null, text, 0, null, null);
    }

    @Test
    void anUndatedArticleProposingTalksOthersReportAsHeldIsDatedBeforeThem() {
        Article held = published("h", TUE, "Osrian and Velnan envoys held talks in Lisbon on Monday. They parted.");
        Article later = published("l", TUE.plusDays(2), "The talks in Lisbon ended without a deal.");
        Article undated = TestArticles.article("u", "Osria proposes Lisbon as a venue for talks with Velna. "
                + "Osria released its draft on Friday.");
        Anchor a = POLICY.choose(List.of(held, later, undated), Map.of()).get("u");
        assertEquals(TUE.minusDays(1), a.before());
        assertTrue(a.date().isBefore(a.before()), a.toString());
        assertTrue(a.estimated());
        assertTrue(a.note().contains("written before " + TUE.minusDays(1)) && a.note().contains("Lisbon"), a.note());
    }

    @Test
    void noBoundWhenTheOtherArticlesAlsoSpeakOfTheTalksAsToCome() {
        Article ahead = published("h", TUE, "Osrian and Velnan envoys will hold talks in Lisbon on Monday.");
        Article undated = TestArticles.article("u", "Osria proposes Lisbon as a venue for talks with Velna.");
        assertNull(POLICY.choose(List.of(ahead, undated), Map.of()).get("u").before());
    }

    @Test
    void noBoundWhenThePastTalksWereElsewhere() {
        Article held = published("h", TUE, "Osrian and Velnan envoys held talks in Oslo on Monday.");
        Article undated = TestArticles.article("u", "Osria proposes Lisbon as a venue for talks with Velna.");
        assertNull(POLICY.choose(List.of(held, undated), Map.of()).get("u").before());
    }

    @Test
    void anArticleWithADateOfItsOwnIsNeverBounded() {
        Article held = published("h", TUE, "Osrian and Velnan envoys held talks in Lisbon on Monday.");
        Article own = published("o", TUE.plusDays(5), "Osria proposes Lisbon as a venue for new talks with Velna.");
        assertNull(POLICY.choose(List.of(held, own), Map.of()).get("o").before());
    }
    @Test
    void anUndatedPreviewOfAVerdictOthersReportIsBoundedBeforeItAndItsWeekdayIsThatDay() {
        // 2032-03-05 is a Friday; the report is published the Monday after.
        Article opening = published("o", TUE, "The fraud trial of banker Lena Pirk opened at the Osrian High Court "
                + "on Monday.");
        Article verdict = published("v", TUE.plusDays(6), "The Osrian High Court on Friday convicted Lena Pirk of "
                + "fraud and fined her. Her lawyer said she would appeal on Monday.");
        Article preview = TestArticles.article("p", "The Osrian High Court will deliver its verdict in the fraud "
                + "trial of Lena Pirk on Friday. Prosecutors want a fine.");
        Anchor a = POLICY.choose(List.of(opening, verdict, preview), Map.of()).get("p");
        assertEquals(LocalDate.of(2032, 3, 5), a.before(), a.toString());
        assertEquals(LocalDate.of(2032, 3, 4), a.date(), a.note());
        assertTrue(a.note().contains("the verdict about Osrian High Court, Lena Pirk"), a.note());
    }

    @Test
    void noBoundFromAVerdictAboutOtherPeopleAndAnotherCourt() {
        Article verdict = published("v", TUE.plusDays(6), "The Velnan Supreme Court on Friday convicted Ivo Marsh "
                + "of fraud.");
        Article preview = TestArticles.article("p", "The Osrian High Court will deliver its verdict in the trial of "
                + "Lena Pirk on Friday.");
        assertNull(POLICY.choose(List.of(verdict, preview), Map.of()).get("p").before());
    }
    @Test
    void onTheSameDayASharedPlaceTiesTheReportsBeforeSharedNames() {
        Article held = published("h", TUE, "Osrian envoy Ivo Marsh and Velnan envoy Ada Voss held talks in Lisbon on "
                + "Monday.");
        Article undated = TestArticles.article("u", "Envoys Ivo Marsh and Ada Voss are ready to negotiate. Osria "
                + "proposes Lisbon as a venue for talks with Velna.");
        Anchor a = POLICY.choose(List.of(held, undated), Map.of()).get("u");
        assertEquals(TUE.minusDays(1), a.before(), a.toString());
        assertTrue(a.note().contains("in Lisbon"), a.note());
    }
}
