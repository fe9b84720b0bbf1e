package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The fifth held-out metadata set ({@link FifthMetadataPages}), written before the rules were changed for it,
 * scored as a whole against the goals for unseen pages. Its first read is in docs/BENCHMARKS.md.
 */
class FifthMetadataTest {
    private static final List<Case> CASES = FifthMetadataPages.all();

    @Test
    void theFifthSetCoversThirteenLanguagesAndFortyPages() {
        Set<String> languages = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        CASES.forEach(c -> languages.add(c.language()));
        CASES.forEach(c -> ids.add(c.id()));
        assertTrue(CASES.size() >= 40, CASES.size() + " pages");
        assertEquals(CASES.size(), ids.size(), "page ids are unique");
        assertEquals(Set.of("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "cs", "tr", "ja"), languages);
    }

    @Test
    void theFifthSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore s = MetadataScore.of(CASES);
        String report = s.report("fifth metadata set, " + CASES.size() + " pages");
        System.out.print(report);
        assertEquals(CASES.size(), s.all.date().of(), report);
        assertTrue(s.all.date().value() >= 0.85, report);
        assertTrue(s.all.title().value() >= 0.85, report);
        assertTrue(s.all.author().value() >= 0.75, report);
    }
}
