package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The second held-out metadata set ({@link SecondMetadataPages}), written after the rules were tuned on the first,
 * scored as a whole. Its first read is in docs/BENCHMARKS.md; the floors asserted here are the goals for unseen
 * pages.
 */
class SecondMetadataTest {
    private static final List<Case> CASES = SecondMetadataPages.all();

    @Test
    void theSecondSetCoversSixLanguagesAndTwentyPages() {
        Set<String> languages = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        CASES.forEach(c -> languages.add(c.language()));
        CASES.forEach(c -> ids.add(c.id()));
        assertTrue(CASES.size() >= 20, CASES.size() + " pages");
        assertEquals(CASES.size(), ids.size(), "page ids are unique");
        assertEquals(Set.of("en", "de", "fr", "es", "it", "nl"), languages);
    }

    @Test
    void theSecondSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore s = MetadataScore.of(CASES);
        String report = s.report("second metadata set, " + CASES.size() + " pages");
        System.out.print(report);
        assertTrue(s.all.date().value() >= 0.85, report);
        assertTrue(s.all.title().value() >= 0.85, report);
        assertTrue(s.all.author().value() >= 0.75, report);
    }
}
