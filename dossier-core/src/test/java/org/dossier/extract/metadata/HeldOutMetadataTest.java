package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The held-out metadata set ({@link HeldOutMetadataPages}) scored as a whole against the goals for unseen pages:
 * the publication date and the title right on at least 85 % of the pages, the authors on at least 75 % of the
 * pages that name people. Its first read, before any rule was tuned on it, is in docs/BENCHMARKS.md.
 */
class HeldOutMetadataTest {
    private static final List<Case> CASES = HeldOutMetadataPages.all();

    @Test
    void theHeldOutSetCoversSixLanguagesAndFortyPages() {
        Set<String> languages = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        CASES.forEach(c -> languages.add(c.language()));
        CASES.forEach(c -> ids.add(c.id()));
        assertTrue(CASES.size() >= 40, CASES.size() + " pages");
        assertEquals(CASES.size(), ids.size(), "page ids are unique");
        assertEquals(Set.of("en", "de", "fr", "es", "it", "nl"), languages);
    }

    @Test
    void theHeldOutSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore s = MetadataScore.of(CASES);
        String report = s.report("held-out metadata set, " + CASES.size() + " pages");
        System.out.print(report);
        assertTrue(s.all.date().value() >= 0.85, report);
        assertTrue(s.all.title().value() >= 0.85, report);
        assertTrue(s.all.author().value() >= 0.75, report);
    }
}
