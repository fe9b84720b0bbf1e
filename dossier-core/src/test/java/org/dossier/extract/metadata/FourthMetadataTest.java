package org.dossier.extract.metadata;

import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The fourth held-out metadata set ({@link FourthMetadataPages}), written after the rules were tuned on the third set,
 * scored as a whole against the goals for unseen pages. Its first read is in docs/BENCHMARKS.md.
 */
class FourthMetadataTest {
    private static final List<Case> CASES = FourthMetadataPages.all();

    @Test
    void theFourthSetCoversEightLanguagesAndTwentyPages() {
        MetadataScore.assertCovers(CASES, 20, Set.of("en", "de", "fr", "es", "it", "nl", "pt", "pl"));
    }

    @Test
    void theFourthSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore.assertMeetsGoals("fourth metadata set", CASES);
    }
}
