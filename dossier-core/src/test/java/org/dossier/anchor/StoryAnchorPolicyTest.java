package org.dossier.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** The standard anchor policy: own evidence, the copy rule, the note rule and "today" from the given clock. */
class StoryAnchorPolicyTest {
    private static final LocalDate JAN_10 = LocalDate.of(2022, 1, 10);
    private static final StoryAnchorPolicy POLICY = new StoryAnchorPolicy(TestArticles.CLOCK);

    private static Article published(String id, LocalDate date, String text, String duplicateOf) {
        return new Article(id, null, null, null, null, date, null, null, "en", null, text, 0, duplicateOf, null);
    }

    private static Clock clockAt(LocalDate today) {
        return Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void anchorOnThePagesOwnDateHasNoNoteAndOneFromTheTextHasItsReason() {
        Article page = published("p", JAN_10, "Ministers met in Geneva.", null);
        Article undated = TestArticles.article("u", "2022-01-09 Ministers met in Geneva.");
        Map<String, Anchor> anchors = POLICY.choose(List.of(page, undated), Map.of());
        assertEquals(new Anchor(JAN_10, null, false), anchors.get("p"));
        assertEquals(new Anchor(LocalDate.of(2022, 1, 9), "no page date; first date stated in the text", false),
                anchors.get("u"));
    }

    @Test
    void copyTakesItsOriginalsAnchorWhateverItsPageSays() {
        Article copy = published("c", LocalDate.of(2022, 2, 20), "Ministers met in Geneva on Monday.", "o");
        Article original = published("o", JAN_10, "Ministers met in Geneva on Monday.", null);
        Map<String, Anchor> anchors = POLICY.choose(List.of(copy, original), Map.of());
        assertEquals(List.of("c", "o"), List.copyOf(anchors.keySet()));
        assertEquals(new Anchor(JAN_10, "dated from the article it copies (2022-01-10); the page says 2022-02-20",
                false), anchors.get("c"));
        assertEquals(new Anchor(JAN_10, null, false), anchors.get("o"));
    }

    @Test
    void copyOfAnArticleAnchoredEarlierTakesTheStoredAnchorAndItsEstimate() {
        Article original = published("o", JAN_10, "Ministers met in Geneva.", null);
        Article copy = published("c", null, "Ministers met in Geneva.", "o");
        Anchor stored = new Anchor(LocalDate.of(2022, 1, 8), "stored reason", true);
        Map<String, Anchor> anchors = POLICY.choose(List.of(original, copy), Map.of("o", stored));
        assertSame(stored, anchors.get("o"));
        assertEquals(new Anchor(LocalDate.of(2022, 1, 8), "dated from the article it copies (2022-01-08)", true),
                anchors.get("c"));
    }

    @Test
    void storyAnchoredEarlierIsReturnedAsGiven() {
        Article a = published("a", JAN_10, "Text.", null);
        Anchor stored = new Anchor(LocalDate.of(2021, 5, 5), "why", false);
        assertEquals(Map.of("a", stored), POLICY.choose(List.of(a), Map.of("a", stored, "gone", stored)));
    }

    @Test
    void fixedClockMakesTheAnchorIndependentOfTheRealDate() {
        // A Tuesday January 10 was in 2017 and 2023: the year is the one nearest today, never after it.
        Article weekday = TestArticles.article("w", "Talks began on Tuesday, January 10 in Geneva.");
        assertEquals(LocalDate.of(2017, 1, 10), new StoryAnchorPolicy(clockAt(LocalDate.of(2022, 1, 12)))
                .choose(List.of(weekday), Map.of()).get("w").date());
        assertEquals(LocalDate.of(2023, 1, 10), new StoryAnchorPolicy(clockAt(LocalDate.of(2024, 6, 1)))
                .choose(List.of(weekday), Map.of()).get("w").date());
        // A date stated after today is not taken as the writing date.
        Article later = TestArticles.article("l", "2022-03-01 Talks began in Geneva.");
        Anchor none = new StoryAnchorPolicy(clockAt(LocalDate.of(2022, 1, 12))).choose(List.of(later), Map.of())
                .get("l");
        assertNull(none.date());
        assertEquals("no date evidence", none.note());
        assertFalse(none.estimated());
        assertEquals(LocalDate.of(2022, 3, 1), new StoryAnchorPolicy(clockAt(LocalDate.of(2022, 3, 2)))
                .choose(List.of(later), Map.of()).get("l").date());
    }
}
