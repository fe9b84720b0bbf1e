package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The eighth held-out metadata set ({@link EighthMetadataPages}), written after the rules were tuned on the seventh
 * set and kept fixed: its first read is in docs/BENCHMARKS.md, and the set may read no worse than that.
 */
class EighthMetadataTest {
    private static final List<Case> CASES = EighthMetadataPages.all();

    @Test
    void theEighthSetCoversSeventeenLanguagesAndTwentyPages() {
        MetadataScore.assertCovers(CASES, 20, Set.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "ro", "hu", "fi",
                "el", "ru", "uk", "id", "vi", "ar"));
    }

    /**
     * The first read (at 5281614: date 21/26, title 24/26, author 12/17, no author 9/9) is below the goals for dates
     * and authors; the set is kept fixed, and no later rule may read it worse.
     */
    @Test
    void theEighthSetReadsNoWorseThanItsFirstRead() throws Exception {
        MetadataScore s = MetadataScore.of(CASES);
        String report = s.report("eighth metadata set, " + CASES.size() + " pages");
        System.out.print(report);
        assertTrue(s.all.date().right() >= 21, report);
        assertTrue(s.all.title().right() >= 24, report);
        assertTrue(s.all.author().right() >= 12, report);
        assertEquals(s.all.noAuthor().of(), s.all.noAuthor().right(), report);
    }
}
