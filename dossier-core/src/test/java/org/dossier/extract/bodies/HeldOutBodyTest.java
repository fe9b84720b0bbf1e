package org.dossier.extract.bodies;

import java.util.List;
import java.util.Set;
import org.dossier.extract.bodies.BodyPage.Case;
import org.junit.jupiter.api.Test;

/**
 * The first held-out body set ({@link HeldOutBodyPages}), scored as a whole: line precision, line recall and pages
 * fully right. Its first read (before any rule change) and its read now are in docs/BENCHMARKS.md; the floors
 * below are today's read, so that a rule that loses body or keeps chrome on these pages fails.
 */
class HeldOutBodyTest {
    private static final List<Case> CASES = HeldOutBodyPages.all();

    @Test
    void theFirstSetCoversThirtyPagesInSevenLanguages() {
        BodyScore.assertCovers(CASES, 30, Set.of("en", "de", "fr", "es", "it", "nl", "pl"));
    }

    @Test
    void theFirstSetKeepsItsBodiesAndLosesTheirChrome() throws Exception {
        BodyScore.assertAtLeast("first held-out body set", CASES, 1.0, 1.0, 34);
    }
}
