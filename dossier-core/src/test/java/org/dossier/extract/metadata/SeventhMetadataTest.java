package org.dossier.extract.metadata;

import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The seventh held-out metadata set ({@link SeventhMetadataPages}), weighted to dates in languages the rules had no
 * words for, scored as a whole against the goals for unseen pages. Its first read is in docs/BENCHMARKS.md.
 */
class SeventhMetadataTest {
    private static final List<Case> CASES = SeventhMetadataPages.all();

    @Test
    void theSeventhSetCoversSeventeenLanguagesAndFortyPages() {
        MetadataScore.assertCovers(CASES, 40, Set.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "ro", "hu", "fi",
                "el", "ru", "uk", "id", "vi", "ar"));
    }

    @Test
    void theSeventhSetMeetsTheGoalsForUnseenPages() throws Exception {
        MetadataScore.assertMeetsGoals("seventh metadata set", CASES);
    }
}
