package org.dossier.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule files: format, the folder of the reading class, and the language fallback. */
class RuleFilesTest {
    @Test
    void skipsCommentsAndBlankLinesAndStripsEntries() {
        assertEquals(List.of("Alpha", "beta", "gamma"), RuleFiles.lines(RuleFilesTest.class, "words.txt"));
        assertEquals(List.of("alpha", "beta", "gamma"), List.copyOf(RuleFiles.words(RuleFilesTest.class, "words.txt")));
    }

    @Test
    void readsTheLanguageFolderFirstAndFallsBackToTheNeutralFile() {
        assertEquals(List.of("Un", "Deux"), RuleFiles.lines(RuleFilesTest.class, "fr", "words.txt"));
        assertEquals(List.of("Un", "Deux"), RuleFiles.lines(RuleFilesTest.class, "FR-ca", "words.txt"));
        assertEquals(List.of("Alpha", "beta", "gamma"), RuleFiles.lines(RuleFilesTest.class, "de", "words.txt"));
        assertEquals(List.of("Alpha", "beta", "gamma"), RuleFiles.lines(RuleFilesTest.class, "und", "words.txt"));
        assertEquals(List.of("Alpha", "beta", "gamma"), RuleFiles.lines(RuleFilesTest.class, null, "words.txt"));
    }

    @Test
    void aMissingFileIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleFiles.lines(RuleFilesTest.class, "en", "nothing.txt"));
        assertEquals("missing rule file org/dossier/rules/nothing.txt (nor org/dossier/rules/en/nothing.txt)",
                e.getMessage());
    }

    @Test
    void splitsTablesOnTabRuns() {
        assertEquals(List.of(List.of("key", "First"), List.of("key", "Second"), List.of("other", "Third")),
                RuleFiles.table(RuleFilesTest.class, "table.txt"));
        assertEquals(Map.of("key", "Second", "other", "Third"), RuleFiles.pairs(RuleFilesTest.class, "table.txt"));
        assertEquals(Map.of("key", List.of("First", "Second"), "other", List.of("Third")),
                RuleFiles.lists(RuleFilesTest.class, "table.txt"));
    }

    @Test
    void aFileLiesInTheFolderOfTheReadingClassesPackage() {
        assertEquals("org/dossier/rules/", RuleFiles.folder(RuleFilesTest.class));
        assertEquals("org/dossier/extract/credits/", RuleFiles.folder(org.dossier.extract.credits.CreditFinder.class));
    }
}
