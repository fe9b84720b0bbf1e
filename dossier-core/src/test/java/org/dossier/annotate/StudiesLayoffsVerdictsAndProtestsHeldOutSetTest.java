package org.dossier.annotate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.model.Annotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on the eighteenth held-out English set, scored as {@link HeldOutEnglishNewsTest}
 * scores the first ones. Set S ({@code heldout-news-en-s.txt}): seven long articles (a medical study with its
 * authors, a patient and an outside expert; a tech company's layoffs with the chief executive's memo and anonymous
 * employees; a manslaughter verdict with the detective's testimony, the judge, counsel and the victim's family; a
 * protest with organisers, police, counter-protesters and a candidate's campaign; a football manager's press
 * conference after a defeat; an engineer's obituary; a Q&amp;A interview transcript), 93 quotes, written before any
 * rule change for it. First read: recall 1.000 (93 of 93), speakers 0.849 (79 of 93). Missed at first read: "the
 * witness replied" and "the detective" for a detective named without her rank (three), "the judge told him" for a
 * judge introduced as "Justice X" (two), the memo's words ("it said") and two statements ("the statement said", a
 * company's and a family's) left unnamed, "his campaign said", an outside expert's second quote after "She said the
 * side effects …" given the description "the side effects", a second anonymous employee's quotes ("Another
 * employee, a designer …, said …" then "he said") given to the first, and a phrase quoted inside an interview
 * question given to the interviewee rather than to the rival the question names. After the rules for it
 * ({@link CampaignsParticiplesAndInvestigatorsTest}): recall 1.000 (93 of 93), speakers 0.925 (86 of 93). Left:
 * "the judge told him" (the tagger types "Justice Elaine Carrow" an organisation, two), the company's and the
 * family's "the statement said", the second anonymous employee's quotes given to the first, and the phrase quoted
 * inside the interview question. With set V's round ({@link UnnamedSpeakersOpeningTheParagraphTest}): speakers
 * 0.946 (88 of 93), the second anonymous employee's quotes read right.
 */
class StudiesLayoffsVerdictsAndProtestsHeldOutSetTest {
    private static final double RECALL_S = 1.0;
    private static final double SPEAKERS_S = 0.95;

    private static final Map<Case, Annotations> READ_S = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheSet() throws IOException {
        for (Case c : HeldOutEnglishNewsTest.cases("heldout-news-en-s.txt")) {
            READ_S.put(c, Texts.annotate(c.text(), c.date()));
        }
    }

    @Test
    void quotesAndTheirSpeakersAreFoundOnStudiesLayoffsVerdictsProtestsPressConferencesObituariesAndTranscripts() {
        HeldOutEnglishNewsTest.quotes("heldout-news-en-s.txt", READ_S, RECALL_S, SPEAKERS_S);
    }
}
