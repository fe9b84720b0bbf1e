package org.dossier.extract.metadata;

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
        MetadataScore.assertCovers(CASES, 40, Set.of("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "cs", "tr", "ja"));
    }

    @Test
    void theFifthSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore.assertMeetsGoals("fifth metadata set", CASES);
    }
}
