package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.EntityMention;
import org.dossier.model.PageDate;
import org.dossier.model.RawPage;
import org.dossier.port.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir Path dir;

    static Article article(String id, String text) {
        return new Article(id, id + ".html", null, "Title " + id, List.of("A. Writer"), LocalDate.of(2025, 3, 4),
                List.of(new PageDate(LocalDate.of(2025, 3, 4), "meta", 0.9)), "Outlet", "en",
                List.of(new Credit(Credit.Kind.AGENCY, "XYZ", "with XYZ")), text, 0.1, null, null);
    }

    static RawPage page(String id) {
        return new RawPage(id, id + ".html", RawPage.Kind.HTML, "<p>x</p>");
    }

    @Test
    void newStoreIsMigratedToTheLatestSchemaAndReopensWithoutChange() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            assertEquals(4, s.schemaVersion());
        }
        try (SqliteStore s = SqliteStore.open(dir)) {
            assertEquals(4, s.schemaVersion());
        }
    }

    @Test
    void mergingAStoryMovesItsArticlesAndDropsIt() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.inTransaction(() -> {
                for (String id : List.of("p1", "p2", "p3")) {
                    s.putArticle(page(id), article(id, "Body " + id + "."));
                }
                s.assignStory("p1", "s1", "Title p1");
                s.assignStory("p2", "s2", "Title p2");
                s.assignStory("p3", "s2", "Title p3");
                s.mergeStory("s1", "s2");
                return null;
            });
            assertEquals(1, s.stories().size());
            assertEquals("s2", s.stories().get(0).id());
            assertEquals(List.of("p1", "p2", "p3"), s.stories().get(0).articleIds());
            assertEquals("s2", s.storyOf("p1").orElseThrow());
        }
    }

    @Test
    void articlesAndAnnotationsRoundTrip() throws Exception {
        Article a = article("p1", "Body one.\n\nBody two.");
        Annotations ann = new Annotations("p1", LocalDate.of(2025, 3, 4), List.of(),
                List.of(new EntityMention("Vela", "LOCATION", 0, 4)), List.of(), List.of());
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.inTransaction(() -> {
                s.putArticle(page("p1"), a);
                s.assignStory("p1", "s1", a.title());
                s.putAnnotations(ann);
                return null;
            });
        }
        try (SqliteStore s = SqliteStore.open(dir)) {
            assertEquals(a, s.article("p1").orElseThrow());
            assertEquals(ann, s.annotations("p1").orElseThrow());
            assertEquals(List.of("p1"), s.stories().get(0).articleIds());
            assertTrue(s.hasPage("p1"));
        }
    }

    @Test
    void failedBatchLeavesEarlierDataUntouched() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.inTransaction(() -> {
                s.putArticle(page("p1"), article("p1", "First."));
                return null;
            });
            assertThrows(StoreException.class, () -> s.inTransaction(() -> {
                s.putArticle(page("p2"), article("p2", "Second."));
                throw new IllegalStateException("disk on fire");
            }));
            assertTrue(s.hasPage("p1"));
            assertTrue(!s.hasPage("p2"));
            assertEquals(1, s.articles().size());
        }
    }
}
