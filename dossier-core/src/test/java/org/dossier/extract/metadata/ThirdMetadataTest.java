package org.dossier.extract.metadata;

import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The third held-out metadata set ({@link ThirdMetadataPages}), written before the rules were changed for it,
 * scored as a whole against the goals for unseen pages. Its first read is in docs/BENCHMARKS.md.
 */
class ThirdMetadataTest {
    private static final List<Case> CASES = ThirdMetadataPages.all();

    @Test
    void theThirdSetCoversEightLanguagesAndFortyPages() {
        MetadataScore.assertCovers(CASES, 40, Set.of("en", "de", "fr", "es", "it", "nl", "pt", "pl"));
    }

    @Test
    void theThirdSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore.assertMeetsGoals("third metadata set", CASES);
    }
}
