package org.dossier.extract.metadata;

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
        MetadataScore.assertCovers(CASES, 20, Set.of("en", "de", "fr", "es", "it", "nl"));
    }

    @Test
    void theSecondSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore.assertMeetsGoals("second metadata set", CASES);
    }
}
