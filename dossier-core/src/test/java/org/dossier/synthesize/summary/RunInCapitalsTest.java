package org.dossier.synthesize.summary;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.SummarySentence;
import org.junit.jupiter.api.Test;

/**
 * Held-out set S2 (invented English articles): a sentence with a common word capitalised between two lower-case
 * words ("on Tuesday in tense Negotiations over the border"), a word the article writes in lower case elsewhere,
 * is garbled (a run-in headline or a translation's debris) and stays out of the summary; a title before a name
 * ("said Secretary of State Ana Ruiz") and a capitalised word the article never writes in lower case stay eligible.
 * First read on the unchanged code (commit of this set): 2 of 3 pass (the garbled sentence was summarised; both
 * controls passed).
 */
class RunInCapitalsTest {
    private static final LocalDate DAY = LocalDate.of(2031, 8, 12);

    private static AnnotatedArticle a(String id, String text) {
        return article(id, text).entity("Osla", "LOCATION").entity("Velna", "LOCATION").entity("Ana Ruiz", "PERSON")
                .meta(id + "-news", "Daily report", DAY, DAY).build();
    }

    private static boolean summarised(List<SummarySentence> s, String part) {
        return s.stream().anyMatch(x -> x.text().contains(part));
    }

    private static final AnnotatedArticle OTHER = a("other", "The border talks between Osla and Velna resumed on "
            + "Tuesday after a pause of two years over the river crossings. Farmers on both sides of the river "
            + "hope the crossings will open before the harvest. The negotiations are expected to last a week.");

    @Test
    void aCommonWordCapitalisedBetweenLowerCaseWordsIsNotSummarised() {
        AnnotatedArticle garbled = a("g", "Delegations of Osla and Velna met on Tuesday in tense Negotiations over "
                + "the border talks and the river crossings. The negotiations had stalled for two long years.");
        List<SummarySentence> s = Summary.of(List.of(OTHER, garbled), List.of(), List.of(), Set.of("g"));
        assertFalse(summarised(s, "tense Negotiations"), s.toString());
    }

    @Test
    void aTitleBeforeANameStaysEligible() {
        AnnotatedArticle title = a("t", "Farmers from Osla and Velna will cross the river freely, said Secretary of "
                + "State Ana Ruiz after the meeting. The secretary spoke for ten minutes.");
        List<SummarySentence> s = Summary.of(List.of(OTHER, title), List.of(), List.of(), Set.of("t"));
        assertTrue(summarised(s, "said Secretary of State Ana Ruiz"), s.toString());
    }

    @Test
    void aCapitalisedWordNeverWrittenInLowerCaseStaysEligible() {
        AnnotatedArticle name = a("n", "Delegations of Osla and Velna met on Tuesday in the old Granary building "
                + "for the border talks on the river crossings.");
        List<SummarySentence> s = Summary.of(List.of(OTHER, name), List.of(), List.of(), Set.of("n"));
        assertTrue(summarised(s, "old Granary building"), s.toString());
    }
}
