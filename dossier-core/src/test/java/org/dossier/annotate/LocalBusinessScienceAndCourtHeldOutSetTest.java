package org.dossier.annotate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.model.Annotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on the eleventh held-out English set, scored as {@link HeldOutEnglishNewsTest}
 * scores the first ones. Set K ({@code heldout-news-en-k.txt}: local news, earnings calls and analysts' notes,
 * science and health, technology, courts and police, political interviews, long features, paragraphs that are all
 * quote, quotes over paragraphs, British single quotes, ellipses and brackets, quoted posts, ranks after a
 * spokeswoman, "it said" after an organisation, nationality words, two speakers in one paragraph), 34 articles, 83
 * quotes, written before any rule change for it. The figures are printed; the floors asserted are below the first
 * read until the rules for it are in.
 */
class LocalBusinessScienceAndCourtHeldOutSetTest {
    private static final double RECALL_K = 0.80;
    private static final double SPEAKERS_K = 0.70;

    private static final Map<Case, Annotations> READ_K = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheSet() throws IOException {
        for (Case c : HeldOutEnglishNewsTest.cases("heldout-news-en-k.txt")) {
            READ_K.put(c, Texts.annotate(c.text(), c.date()));
        }
    }

    @Test
    void quotesAndTheirSpeakersAreFoundOnLocalBusinessScienceAndCourtNews() {
        HeldOutEnglishNewsTest.quotes("heldout-news-en-k.txt", READ_K, RECALL_K, SPEAKERS_K);
    }
}
