package org.dossier.annotate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.model.Annotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on held-out English set X, scored as {@link HeldOutEnglishNewsTest} scores the
 * first ones. Set X ({@code heldout-news-en-x.txt}): seven articles of kinds the earlier sets do not cover (a
 * war-zone dispatch in wire style with civilians, a military spokesman, a mayor, a field surgeon over two paragraphs,
 * a soldier named by first name only, an anonymous resident and the other side's ministry; a central bank's press
 * conference in single marks with the governor as "Sir Malcolm" and "the governor", a reporter's question and
 * economists; a US Senate antitrust hearing with senators, the chief executive cut off by an em dash, an internal
 * email and the company's statement; A-level results day in a local paper with pupils, twins, a mother, the MP's
 * post and an unnamed parent; a tabloid showbiz feud with an insider, a friend, an Instagram post and spokespeople;
 * an escaped zebra in a US local paper with the park director, the sheriff, residents, a keeper's quote interrupted
 * twice and the park's statement; a drought feature in the present tense with farmers, a hydrologist, an anonymous
 * grower, a water company and a department's statement), 121 quotes, written before any rule change for it. First
 * read: recall 1.000 (121 of 121), speakers 0.835 (101 of 121), no paraphrase as a quote. Speakers wrong at first
 * read, by cause:
 * <ul>
 * <li>a speaker introduced in the paragraph before without a reporting verb, then "she said" / "he says", given to
 * the one named earlier (seven): "Ellie Foster, 18, missed her offer …" then three quotes given to the head teacher;
 * "Luke, 27, is blunter than his father." given to the father (two); "His mum, Abena, had taken the morning off
 * work. "…," she laughed" given to her son (two);</li>
 * <li>turns of an exchange (four): a reporter's question ("One reporter pressed the governor on mortgages. '…?'")
 * given to the deputy governor named before; ""…?" she asked" after a quoted email given to the email's writer, and
 * the cut-off answer ""… —" Marchetti began" given to the same writer; "Asked by our photographer …, he grinned:
 * "No comment, mate."" given to the co-star named in the paragraph before;</li>
 * <li>a wrong description span (three): "At the end of the hour the governor was asked … He smiled. '…'" read as
 * "the end of the hour the governor"; the hydrologist's quote with no reporting verb after "Her modelling suggests
 * … The figure alarms her less …" read as "Her modelling"; the park's "the statement said" after "In a written
 * statement …, the park said" given to "a";</li>
 * <li>a back-reference by role not taken up (two): "the colonel said" left unnamed for "Col. Dario Vents"; "The
 * source added:" left as "the source" for "a show insider";</li>
 * <li>a body read as a description, not a name (two): "The Ostravan defense ministry said … "military targets
 * only"" and "Fenland Water … says it has no plans for a hosepipe ban "at this stage"";</li>
 * <li>unnamed or second-hand speakers (two): "A parent who did not want to be named said the school had "worked
 * miracles"" given to the MP named before; a caller's words relayed by the sheriff ("a driver who reported "a
 * striped horse"") given to the sheriff.</li>
 * </ul>
 * Set X was tuned on after its first read (0.835): the first cause is read by {@link IntroducedSubjects} (and
 * "laugh" as a bare reporting verb), speakers 0.893 (108 of 121); then the email's writer in "in which a Quarry
 * product manager wrote" is no speaker of the "she asked" after it
 * ({@link ReducedRelatives#inPrepositionalRelative}), 0.909 (110 of 121); then "One reporter pressed the governor
 * …. '…?'" is the reporter's, as after "a"/"an", 0.917 (111 of 121). The speaker floor is that read, so that a
 * regression fails, and the set is no longer unseen.
 */
class DispatchesRatesHearingsAndResultsDaysHeldOutSetTest {
    private static final double RECALL_X = 1.0;
    private static final double SPEAKERS_X = 0.91;

    private static final Map<Case, Annotations> READ_X = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheSet() throws IOException {
        for (Case c : HeldOutEnglishNewsTest.cases("heldout-news-en-x.txt")) {
            READ_X.put(c, Texts.annotate(c.text(), c.date()));
        }
    }

    @Test
    void quotesAndTheirSpeakersAreFoundInDispatchesRateDecisionsHearingsResultsDaysFeudsEscapesAndFeatures() {
        HeldOutEnglishNewsTest.quotes("heldout-news-en-x.txt", READ_X, RECALL_X, SPEAKERS_X);
    }
}
