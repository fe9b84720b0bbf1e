package org.dossier.extract.metadata;

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
        MetadataScore.assertCovers(CASES, 40, Set.of("en", "de", "fr", "es", "it", "nl"));
    }

    @Test
    void theHeldOutSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore.assertMeetsGoals("held-out metadata set", CASES);
    }
}
