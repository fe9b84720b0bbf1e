package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the five seed pages in ../shared/corpus/seeds: the properties a user checks first.
 * The expected facts below come from reading the seed pages; the code under test knows none of them.
 */
class SeedsEndToEndTest {
    static final Path SEEDS = Path.of("../shared/corpus/seeds");

    @TempDir static Path data;
    static SqliteStore store;
    static Workspace workspace;
    static IngestReport report;
    static List<Story> stories;
    static StoryDossier dossier;

    @BeforeAll
    static void runPipeline() throws Exception {
        assertTrue(Files.isDirectory(SEEDS), "the shared corpus must be beside the project: " + SEEDS.toAbsolutePath());
        store = SqliteStore.open(data);
        workspace = new Workspace(store, Composition.standard());
        report = workspace.ingest(new FilePageInput(List.of(SEEDS)), Progress.NONE);
        stories = store.stories();
        dossier = workspace.dossier(stories.get(0), Progress.NONE);
    }

    @Test
    void allFivePagesFormOneStoryAndNoneIsACopy() throws Exception {
        assertTrue(report.ok(), report.failures().toString());
        assertEquals(5, report.added());
        assertEquals(1, stories.size(), stories.toString());
        assertEquals(5, stories.get(0).articleIds().size());
        for (Article a : store.articles()) {
            assertNull(a.duplicateOf(), a.source());
            assertNull(a.derivedFrom(), a.source());
        }
    }

    @Test
    void ingestingTheSamePagesAgainDoesNothing() throws Exception {
        IngestReport again = workspace.ingest(new FilePageInput(List.of(SEEDS)), Progress.NONE);
        assertEquals(0, again.added());
        assertEquals(5, again.alreadyStored());
        assertEquals(5, store.articles().size());
    }

    @Test
    void noSiteChromeInAnyBody() throws Exception {
        // Lines of site chrome as they stand in the seed pages (read by hand): forms, boxes, teasers, inserts.
        List<String> chrome = List.of("Please enter your comment", "Please enter your name", "Share post", "More like this",
                "Stay in touch", "To be updated with all the latest news", "Latest Posts", "Don't Miss", "Curve Finance",
                "Saturday Night Live", "Comments are closed", "Latest news", "Zaporozhye", "cockroaches", "Lidl",
                "See also", "Read also", "#Russia", "Related Posts", "Leave a Reply", "Your email address",
                "Enlarge image", "All news articles on", "Trends 24h", "Privacy", "Now you can see non-English news",
                "You might also like", "Recommended to you", "Next Post", "appeared first on", "Source link");
        for (Article a : store.articles()) {
            for (String c : chrome) {
                assertFalse(a.text().contains(c), a.source() + " body contains chrome: " + c);
            }
            assertTrue(a.text().length() > 1000, a.source() + " body too short: " + a.text().length());
        }
    }

    @Test
    void creditsAreFoundWhereThePagesStateThem() throws Exception {
        String all = store.articles().stream().flatMap(a -> a.credits().stream()).map(c -> String.valueOf(c.name()).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        for (String credit : List.of("afp", "reuters", "dpa", "spiegel")) {
            assertTrue(all.contains(credit), credit + " in " + all);
        }
    }

    @Test
    void bothSpellingsOfTheDeputyMinisterAreOneEntity() {
        StoryDossier.Entity e = dossier.entities().stream()
                .filter(x -> x.variants().stream().anyMatch(v -> v.contains("Ryabkov")))
                .findFirst().orElseThrow();
        assertTrue(e.variants().stream().anyMatch(v -> v.contains("Riabkov")), e.toString());
        assertEquals("PERSON", e.type());
        assertTrue(e.articles().size() >= 4, e.toString());
    }

    @Test
    void quotesCarrySpeakersAndUnnamedOfficialsStayUnnamed() {
        List<StoryDossier.Quote> quotes = dossier.quotes();
        assertTrue(quotes.size() >= 10, "quotes: " + quotes.size());
        long attributed = quotes.stream().filter(q -> q.speaker() != null || q.speakerDescription() != null).count();
        assertTrue(attributed >= quotes.size() * 0.8, attributed + " of " + quotes.size());
        StoryDossier.Quote noCommitments = quotes.stream().filter(q -> q.text().contains("no firm commitments"))
                .findFirst().orElseThrow();
        assertNull(noCommitments.speaker(), noCommitments.toString());
        assertTrue(noCommitments.speakerDescription().toLowerCase(Locale.ROOT).contains("official"), noCommitments.toString());
    }

    @Test
    void genevaTalksAreOnTheTenthOfJanuary() {
        // The talks are the event of that day most reported: the entry citing the most articles.
        StoryDossier.TimelineEntry geneva = dossier.timeline().stream()
                .filter(t -> LocalDate.of(2022, 1, 10).equals(t.date()))
                .max(java.util.Comparator.comparingInt(t -> t.articles().size()))
                .orElseThrow(() -> new AssertionError(dossier.timeline().toString()));
        assertTrue(geneva.summary().contains("Geneva"), geneva.toString());
        assertTrue(geneva.articles().size() >= 4, geneva.toString());
        assertTrue(dossier.timeline().stream().filter(t -> t.summary().contains("Geneva") && t.articles().size() >= 2)
                .allMatch(t -> LocalDate.of(2022, 1, 10).equals(t.date())), dossier.timeline().toString());
    }

    @Test
    void differingTroopFiguresAreADisagreement() {
        StoryDossier.Disagreement d = dossier.disagreements().stream()
                .filter(x -> x.values().stream().anyMatch(v -> v.value().replace(",", "").contains("100000")))
                .findFirst().orElseThrow(() -> new AssertionError(dossier.disagreements().toString()));
        assertTrue(d.values().stream().anyMatch(v -> v.value().replace(",", "").contains("90000")), d.toString());
    }

    @Test
    void eventsOfTheUndatedPageAreMarkedEstimatesAndDatedOnesAreNot() {
        // Seed 004 has no date at all: its "on Friday" can only be counted from the other pages' dates.
        String undated = dossier.articles().stream().filter(a -> a.published() == null
                        && a.source().contains("004_")).map(StoryDossier.ArticleRef::id).findFirst()
                .orElseThrow(() -> new AssertionError(dossier.articles().toString()));
        List<StoryDossier.TimelineEntry> own = dossier.timeline().stream()
                .filter(t -> t.articles().equals(List.of(undated))).toList();
        assertFalse(own.isEmpty(), dossier.timeline().toString());
        assertTrue(own.stream().allMatch(t -> t.dateNote() != null && t.dateNote().contains("Friday")), own.toString());
        assertTrue(dossier.timeline().stream().filter(t -> t.articles().size() >= 2).allMatch(t -> t.dateNote() == null),
                dossier.timeline().toString());
    }
}
