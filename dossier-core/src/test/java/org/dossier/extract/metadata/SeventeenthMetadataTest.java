package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The seventeenth held-out metadata set ({@link SeventeenthMetadataPages}, {@link SeventeenthMetadataPagesWest},
 * {@link SeventeenthMetadataPagesEast}), written after set 16 read 100 %: it prints its table and misses, and may read
 * no worse than the floor below; its first read is recorded here and in the commit that added it.
 *
 * <p>The first read (at 9c3e0bd, before any rule was changed for this set): date 57/63, title 60/63, author 41/52,
 * no author 10/11. The floor is the first read.
 */
class SeventeenthMetadataTest {
    private static final List<Case> CASES = SeventeenthMetadataPages.all();

    @Test
    void theSeventeenthSetCoversElevenLanguagesAndSixtyPages() {
        MetadataScore.assertCovers(CASES, 60,
                Set.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "cs", "tr"));
    }

    @Test
    void theSeventeenthSetReadsNoWorseThanItsFloor() throws Exception {
        MetadataScore s = MetadataScore.of(CASES);
        String report = s.report("seventeenth metadata set, " + CASES.size() + " pages");
        System.out.print(report);
        assertTrue(s.all.date().right() >= 57, report);
        assertTrue(s.all.title().right() >= 60, report);
        assertTrue(s.all.author().right() >= 41, report);
        assertTrue(s.all.noAuthor().right() >= 10, report);
    }
}
