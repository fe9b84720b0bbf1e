package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The ninth held-out metadata set ({@link NinthMetadataPages}), written after the rules were tuned on the eighth
 * set: it prints its table and misses, and may read no worse than the floor below.
 */
class NinthMetadataTest {
    private static final List<Case> CASES = NinthMetadataPages.all();

    @Test
    void theNinthSetCoversTwelveLanguagesAndFortyFivePages() {
        MetadataScore.assertCovers(CASES, 45, Set.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "nb", "da",
                "cs"));
    }

    /**
     * The first read (at bfe60c8, before any rule was changed for this set: date 50/60, title 59/60, author 33/48,
     * no author 11/12) is the floor until the rules are fixed.
     */
    @Test
    void theNinthSetReadsNoWorseThanItsFloor() throws Exception {
        MetadataScore s = MetadataScore.of(CASES);
        String report = s.report("ninth metadata set, " + CASES.size() + " pages");
        System.out.print(report);
        assertTrue(s.all.date().right() >= 50, report);
        assertTrue(s.all.title().right() >= 59, report);
        assertTrue(s.all.author().right() >= 33, report);
        assertTrue(s.all.noAuthor().right() >= 11, report);
    }
}
