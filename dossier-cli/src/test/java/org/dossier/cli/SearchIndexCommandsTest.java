package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.cli.DossierCliTest.Run;
import org.dossier.server.search.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier ingest} adds each new article to the search index beside the store, and {@code dossier index
 * --rebuild} makes the index anew from the store (after it was lost), holding each article once.
 */
class SearchIndexCommandsTest {
    @TempDir Path dir;

    private Path page(String name, String title, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + body + "</p><p>" + body + " Officials said more details would follow later in the week.</p></article></body></html>");
        return p;
    }

    private static int indexed(Path data) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(ArticleIndex.in(data))) {
            return index.size();
        }
    }

    @Test
    void ingestFillsTheSearchIndexAndIndexRebuildMakesItAnew() throws Exception {
        Path data = dir.resolve("data");
        Path a = page("a.html", "Ferry timetable changes for winter", "The ferry company cut two evening crossings from its winter timetable.");
        Path b = page("b.html", "Library extends opening hours", "The city library will open until ten at night from March, the mayor said.");
        assertEquals(0, DossierCliTest.run("ingest", "--data", data.toString(), a.toString()).code());
        assertEquals(1, indexed(data));
        assertEquals(0, DossierCliTest.run("ingest", "--data", data.toString(), b.toString(), a.toString()).code());
        assertEquals(2, indexed(data), "the second ingest added its one new article");

        try (var files = Files.walk(ArticleIndex.in(data))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Run r = DossierCliTest.run("index", "--data", data.toString(), "--rebuild");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 articles indexed anew"), r.out());
        assertEquals(2, indexed(data));
        Run again = DossierCliTest.run("index", "--data", data.toString());
        assertTrue(again.out().contains("0 articles added"), again.out());
    }
}
