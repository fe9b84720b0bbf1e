package org.dossier.extract.translation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The translation score of broken and edited prose. */
class TranslationScoreTest {
    @Test
    void brokenTranslationScoresHigherThanEditedProse() {
        String clean = "The minister said the talks would continue. \u201cWe are ready,\u201d she told reporters. "
                + "Officials expect a deal by Friday.\n\nThe opposition criticised the plan.";
        String broken = "The minister said the talks would continue. Said. \u201cWe are ready, she told reporters. "
                + "rice field. Officials expect a deal by Friday ” , he added.\n\nThe opposition criticised. Is.";
        assertTrue(TranslationScorer.score(broken) > TranslationScorer.score(clean) + 0.3);
        assertTrue(TranslationScorer.score(clean) < 0.2);
    }
}
