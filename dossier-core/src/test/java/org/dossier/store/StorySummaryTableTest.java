package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.port.StoryList;
import org.dossier.port.StoryQuery;
import org.dossier.port.StorySummaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's story list (one query over the kept summaries) gives what summarising every article gives, for
 * every filter and sort, after stories grow, merge and lose articles, and on a store migrated from schema V3.
 */
class StorySummaryTableTest {
    private static final String[] OUTLETS = {"Daily Post", "Le Monde, Paris", "", "wire"};
    private static final String[] LANGUAGES = {"en", "fr", "de"};

    @TempDir Path dir;

    private static Article article(String id, Random r) {
        Article base = StoreTest.article(id, "text " + id);
        LocalDate published = r.nextInt(5) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(r.nextInt(60));
        return new Article(base.id(), base.source(), base.url(), r.nextInt(7) == 0 ? null : "Title " + r.nextInt(20),
                base.authors(), published, base.pageDates(), OUTLETS[r.nextInt(OUTLETS.length)],
                LANGUAGES[r.nextInt(LANGUAGES.length)], base.credits(), base.text(), base.translationScore(),
                base.duplicateOf(), base.derivedFrom());
    }

    private static void fill(SqliteStore s, Random r) throws Exception {
        s.inTransaction(() -> {
            for (int i = 0; i < 300; i++) {
                String id = "a" + i;
                s.putArticle(StoreTest.page(id), article(id, r));
                s.assignStory(id, "s" + r.nextInt(60), "Story " + r.nextInt(40));
            }
            return null;
        });
        for (int m = 0; m < 10; m++) {
            s.mergeStory("s" + m, "s" + (m + 30));
        }
        s.assignStory("a0", "s59", "moved"); // an article moving between stories changes both
    }

    private static List<StoryQuery> queries() {
        List<StoryQuery> out = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 1, 20);
        LocalDate to = LocalDate.of(2025, 2, 5);
        for (StoryQuery.Sort sort : StoryQuery.Sort.values()) {
            out.add(new StoryQuery(null, null, null, null, null, sort, 0, 500));
            out.add(new StoryQuery(from, null, null, null, null, sort, 3, 7));
            out.add(new StoryQuery(null, to, "Le Monde, Paris", null, null, sort, 0, 10));
            out.add(new StoryQuery(from, to, null, "fr", null, sort, 1, 5));
            out.add(new StoryQuery(null, null, "wire", "de", Set.of("s31", "s40", "s44", "s50", "nope"), sort, 0, 50));
        }
        out.add(new StoryQuery(null, null, null, null, null, null, 490, 50));
        out.add(new StoryQuery(null, null, "no such outlet", null, null, null, 0, 50));
        return out;
    }

    private static void assertSameLists(SqliteStore s) throws Exception {
        for (StoryQuery q : queries()) {
            StoryList expected = StorySummaries.list(s.stories(), s.articles(), q);
            assertEquals(expected, s.storyList(q), q.toString());
        }
    }

    @Test
    void storyListAgreesWithSummariesOfEveryArticleForEveryFilterAndSort() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            fill(s, new Random(11));
            assertSameLists(s);
            assertEquals(StorySummaries.counts(s.articles(), false), s.articleCounts(false));
            assertEquals(StorySummaries.counts(s.articles(), true), s.articleCounts(true));
            StoryList all = s.storyList(StoryQuery.all(0, 500));
            assertEquals(s.stories().size(), all.total());
            assertTrue(all.stories().stream().noneMatch(x -> x.id().equals("s0")), "a merged-away story is listed");
        }
    }

    @Test
    void migrationFromSchemaThreeSummarisesTheStoriesAlreadyStored() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            fill(s, new Random(5));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement st = c.createStatement()) {
            for (String index : List.of("story_summaries_articles", "story_summaries_first", "story_summaries_last",
                    "articles_outlet", "articles_language")) {
                st.execute("DROP INDEX " + index);
            }
            st.execute("DROP TABLE story_summaries");
            st.execute("PRAGMA user_version = 3");
        }
        try (SqliteStore s = SqliteStore.open(dir)) {
            assertEquals(4, s.schemaVersion());
            assertSameLists(s);
        }
    }

    @Test
    void storyByIdHasItsArticlesInIngestOrderAndArticlesAfterAPositionFollowThatOrder() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            fill(s, new Random(3));
            for (var story : s.stories()) {
                assertEquals(story, s.story(story.id()).orElseThrow());
            }
            assertTrue(s.story("nope").isEmpty());
            assertEquals(300, s.lastSeq());
            var after = s.articlesAfter(295, 10);
            assertEquals(List.of("a295", "a296", "a297", "a298", "a299"), after.stream().map(a -> a.article().id()).toList());
            assertEquals(s.storyOf("a297").orElseThrow(), after.get(2).storyId());
            assertEquals(Set.of(s.storyOf("a1").orElseThrow(), s.storyOf("a2").orElseThrow()),
                    s.storiesOf(List.of("a1", "a2", "missing")));
        }
    }
}
