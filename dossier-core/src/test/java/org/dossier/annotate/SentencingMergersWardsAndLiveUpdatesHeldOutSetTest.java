package org.dossier.annotate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.model.Annotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on held-out English set U, scored as {@link HeldOutEnglishNewsTest} scores the
 * first ones. Set U ({@code heldout-news-en-u.txt}): seven articles (a fraud sentencing with victim impact
 * statements and the judge's remarks; a freight merger with two chief executives, analysts, a regulator and a
 * union; corridor care in a hospital with a patient, an anonymous nurse, the chief executive, a nurses' union and a
 * ministry spokesperson; transfer deadline day; a live-updates page of timestamped entries; a Q&amp;A with two guests
 * whose turns are marked by surname; an actor's obituary), 111 quotes, written before any rule change for it.
 * First read: recall 0.937 (104 of 111), speakers 0.875 (91 of 104). Missed at first read: the six answers of the
 * Q&amp;A whose turns are marked by a mixed-case surname ("Adeyemi: …") not read as quotes, nor the heading fragment
 * "numbers 'don't add up'"; a statement read out for an absent victim ("A statement from X … was read … it said")
 * given to the speaker before (two); an anonymous nurse's quotes given to the woman named before (three); a quote
 * before "Halvorsen's chief executive, X, who will lead …, said on a call" left unnamed; "According to X of Y, …
 * were 'partial'" given to a company; a union's partial quote ("The X Union said the figures were '…'") given to
 * its director named next; "Her closing words: '…'" left unnamed; an association's "In a statement, it said:" given
 * to the Chancellor; "'…,' Rudd began" given to the speaker before; and the dead actor's old words after "Asked in
 * that 2011 interview …, she laughed" given to the writer quoted before (two). Then, on branch recall26: the
 * Q&amp;A's turns marked by a mixed-case surname read as quotes (recall 0.991, speakers 0.882); a fragment closing a
 * heading after its source and a colon read as a quote of the entry's speaker (recall 1.000, speakers 0.883). On
 * branch speakers26 ({@link StatementsReadOutAndEarlierDescriptionsTest}, {@link UnnamedSpeakersOpeningTheParagraphTest},
 * {@link MixedCaseTranscriptTurnsTest}): the statement read out for the absent victim and the anonymous nurse's
 * quotes with "she said" read right (speakers 0.918 with recall 0.991). Both merged: recall 1.000 (111 of 111), speakers 0.919.
 */
class SentencingMergersWardsAndLiveUpdatesHeldOutSetTest {
    private static final double RECALL_U = 1.0;
    private static final double SPEAKERS_U = 0.91;

    private static final Map<Case, Annotations> READ_U = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheSet() throws IOException {
        for (Case c : HeldOutEnglishNewsTest.cases("heldout-news-en-u.txt")) {
            READ_U.put(c, Texts.annotate(c.text(), c.date()));
        }
    }

    @Test
    void quotesAndTheirSpeakersAreFoundOnSentencingsMergersHospitalsDeadlineDaysLiveUpdatesPanelsAndObituaries() {
        HeldOutEnglishNewsTest.quotes("heldout-news-en-u.txt", READ_U, RECALL_U, SPEAKERS_U);
    }
}
