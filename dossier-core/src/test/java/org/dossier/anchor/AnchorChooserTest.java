package org.dossier.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.PageDate;
import org.junit.jupiter.api.Test;

/** Anchor choice from page dates, dates stated in the text, and the dates of the story's other articles. */
class AnchorChooserTest {
    private static final List<LocalDate> STORY = List.of(
            LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13));
    private static final AnchorChooser CHOOSER = new AnchorChooser(TestArticles.TODAY);

    private static Article dated(String text, LocalDate page) {
        return new Article("a", null, null, null, null, null, List.of(new PageDate(page, "text line", 0.5)), null,
                "en", null, text, 0, null, null);
    }

    @Test
    void repostDatedWeeksAfterItsStoryIsReanchored() throws Exception {
        String text = TestArticles.body(TestArticles.seed("000"));
        Anchor c = CHOOSER.choose(dated(text, LocalDate.of(2022, 1, 26)), STORY);
        assertTrue(!c.date().isBefore(LocalDate.of(2022, 1, 9)) && !c.date().isAfter(LocalDate.of(2022, 1, 10)),
                c.toString());
        assertTrue(c.note().contains("re-anchored"), c.note());
    }

    @Test
    void pageDateAgreeingWithTheStoryIsKept() {
        Anchor c = CHOOSER.choose(dated("Ministers met on Monday in Geneva.", LocalDate.of(2022, 1, 11)),
                STORY);
        assertEquals(LocalDate.of(2022, 1, 11), c.date());
        assertFalse(c.note().contains("re-anchored"));
    }

    @Test
    void latePageDateConfirmedByTheTextIsKept() {
        String text = "On Wednesday, January 26, 2022, the ministers met again on Monday's agenda.";
        Anchor c = CHOOSER.choose(dated(text, LocalDate.of(2022, 1, 26)), STORY);
        assertEquals(LocalDate.of(2022, 1, 26), c.date());
    }

    @Test
    void withoutPageDateTheWeekdayCheckedTextDateIsUsed() {
        Article a = new Article("a", null, null, null, null, null, null, null, "en", null,
                "Washington and Moscow began talks on Monday January 10 in Geneva.", 0, null, null);
        assertEquals(LocalDate.of(2022, 1, 10), CHOOSER.choose(a).date());
    }

    @Test
    void withNoEvidenceAtAllTheStoryMedianIsUsed() {
        Article a = new Article("a", null, null, null, null, null, null, null, "en", null,
                "The talks went on.", 0, null, null);
        assertEquals(LocalDate.of(2022, 1, 10), CHOOSER.choose(a, STORY).date());
    }

    @Test
    void withoutPageDateTheFirstStatedDateWinsOverALaterTeaser() {
        Article a = new Article("a", null, null, null, null, null, null, null, "en", null,
                "2022-01-09T10:57:14.551Z\n\nThe talks are due on Monday.\n\nMore news 2024-03-27T16:55:48.183Z",
                0, null, null);
        assertEquals(LocalDate.of(2022, 1, 9), CHOOSER.choose(a).date());
    }

    @Test
    void storyOfSeedsReanchorsTheLateRepostFromTheOtherArticles() throws Exception {
        Article repost = dated(TestArticles.body(TestArticles.seed("000")), LocalDate.of(2022, 1, 26));
        Article undated = new Article("b", null, null, null, null, null, null, null, "en", null,
                TestArticles.body(TestArticles.seed("002")), 0, null, null);
        Article published = new Article("c", null, null, null, null, LocalDate.of(2022, 1, 9), null, null, "en",
                null, TestArticles.body(TestArticles.seed("003")), 0, null, null);
        var anchors = CHOOSER.chooseStory(List.of(repost, undated, published));
        LocalDate r = anchors.get("a").date();
        assertTrue(!r.isBefore(LocalDate.of(2022, 1, 9)) && !r.isAfter(LocalDate.of(2022, 1, 10)), anchors.toString());
        assertEquals(LocalDate.of(2022, 1, 10), anchors.get("b").date());
        assertEquals(LocalDate.of(2022, 1, 9), anchors.get("c").date());
    }

    @Test
    void undatedReportMovesToWhereItsWeekdaysFallOnDatesTheOtherArticlesState() {
        Article schedule = new Article("p", null, null, null, null, LocalDate.of(2023, 3, 5), null, null, "en", null,
                "The trade council is scheduled for March 8 in Bergen, officials said.", 0, null, null);
        Article opening = TestArticles.article("t", "Ministers began talks on Monday March 6 in Oslo.");
        Article report = TestArticles.article("r", "The ministers held talks in Oslo on Monday and met the trade "
                + "council in Bergen on Wednesday. The chair warned Thursday that no deal was near.");
        var anchors = CHOOSER.chooseStory(List.of(schedule, opening, report));
        assertEquals(LocalDate.of(2023, 3, 5), anchors.get("p").date());
        assertEquals(LocalDate.of(2023, 3, 6), anchors.get("t").date());
        Anchor moved = anchors.get("r");
        assertEquals(LocalDate.of(2023, 3, 9), moved.date(), moved.note());
        assertTrue(moved.note().contains("moved from 2023-03-05 to 2023-03-09"), moved.note());
        assertTrue(moved.note().contains("'Monday', 'Wednesday'"), moved.note());
    }

    @Test
    void articleWithItsOwnTextDateIsNotMovedByItsWeekdays() {
        Article schedule = new Article("p", null, null, null, null, LocalDate.of(2023, 3, 5), null, null, "en", null,
                "The trade council is scheduled for March 8 in Bergen.", 0, null, null);
        Article dated = TestArticles.article("d", "2023-03-07 The ministers met on Wednesday in Bergen.");
        assertEquals(LocalDate.of(2023, 3, 7), CHOOSER.chooseStory(List.of(schedule, dated)).get("d").date());
    }
    private static Article published(String text, LocalDate day) {
        return new Article("a", null, null, null, null, day, null, null, "en", null, text, 0, null, null);
    }

    @Test
    void publicationDateThePageStatesIsNotMovedByWeekdayWordsAlone() {
        String text = "The former minister filed an appeal on Monday, his lawyer said. The court had convicted "
                + "him on Friday and fined him 20,000 euros.";
        Anchor c = CHOOSER.choose(published(text, LocalDate.of(2022, 1, 28)), STORY);
        assertEquals(LocalDate.of(2022, 1, 28), c.date(), c.note());
        assertFalse(c.note().contains("re-anchored"), c.note());
    }

    @Test
    void publicationDateThePageStatesGivesWayToAFullDateItsTextStatesNearTheStory() {
        String text = "The ministers met on Monday, January 10, 2022, in Geneva and spoke again on Wednesday.";
        Anchor c = CHOOSER.choose(published(text, LocalDate.of(2022, 1, 28)), STORY);
        assertEquals(LocalDate.of(2022, 1, 10), c.date(), c.note());
        assertTrue(c.note().contains("re-anchored"), c.note());
    }
}
