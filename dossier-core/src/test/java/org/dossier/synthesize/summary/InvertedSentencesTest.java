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
 * Held-out set S1 (invented stories): a sentence that turns round who does what to whom of a directed act (joining,
 * invading, admitting) against another outlet's sentence on the same two names is garbled (a machine translation
 * swapping subject and object) and stays out of the summary; the same act in the same order, and a symmetric one
 * ("met") in either order, stay eligible.
 * First read on the unchanged code (commit of this set): 1 of 3 pass (the two garbled sentences were summarised;
 * the symmetric control passed).
 */
class InvertedSentencesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 6, 3);

    private static AnnotatedArticle a(String id, String text, String... names) {
        var f = article(id, text);
        for (String n : names) {
            f.entity(n, "LOCATION");
        }
        return f.meta(id + "-news", "Accession", DAY, DAY).build();
    }

    private static boolean summarised(List<SummarySentence> s, String part) {
        return s.stream().anyMatch(x -> x.text().contains(part));
    }

    @Test
    void aSentenceSwappingWhoJoinsWhomAgainstAnotherOutletIsNotSummarised() {
        AnnotatedArticle one = a("one", "Moldova hopes to join the European Union before the end of the decade, "
                + "its president told parliament on Tuesday. The reform of the courts will take several years "
                + "according to lawyers in the capital.", "Moldova", "European Union");
        AnnotatedArticle two = a("two", "Officials in the capital said Moldova would join the European Union only "
                + "after a long reform of its courts and its police. Farmers fear the competition of larger "
                + "producers from the west once the borders open.", "Moldova", "European Union");
        AnnotatedArticle three = a("three", "The prime minister said the government would never give up the "
                + "European Union's wish to join Moldova after a long reform of its courts before the end of the decade. "
                + "Parliament in the capital debated the reform of the courts for many hours on Tuesday evening.",
                "Moldova", "European Union");
        // the garbled one is the only independent source: it would be preferred
        List<SummarySentence> s = Summary.of(List.of(one, two, three), List.of(), List.of(), Set.of("three"));
        assertFalse(summarised(s, "wish to join Moldova"), s.toString());
        assertTrue(s.size() >= 3, s.toString());
    }

    @Test
    void aSentenceSwappingWhoInvadedWhomIsNotSummarised() {
        AnnotatedArticle one = a("one", "Troops of Arlandia invaded Belmora early on Sunday after weeks of "
                + "shelling along the river, the defence ministry said. Thousands of families fled towards the "
                + "southern mountains during the night.", "Arlandia", "Belmora");
        AnnotatedArticle two = a("two", "The army of Belmora said it had invaded Arlandia on Sunday, its "
                + "commanders told the national television in a short statement. Thousands of families fled "
                + "towards the mountains in the south overnight.", "Arlandia", "Belmora");
        AnnotatedArticle three = a("three", "Arlandia invaded Belmora on Sunday morning, crossing the river with "
                + "tanks and artillery at three places, witnesses said. Aid groups asked for a corridor to the "
                + "southern mountains where the families sheltered.", "Arlandia", "Belmora");
        List<SummarySentence> s = Summary.of(List.of(one, two, three), List.of(), List.of(), Set.of());
        assertFalse(summarised(s, "invaded Arlandia"), s.toString());
    }

    @Test
    void aSymmetricActInEitherOrderStaysEligible() {
        AnnotatedArticle one = a("one", "Officials of Norland met envoys of Sudria in the border town on Monday "
                + "to discuss the fishing quotas for the coming season.", "Norland", "Sudria");
        AnnotatedArticle two = a("two", "Envoys of Sudria met officials of Norland in the border town on Monday, "
                + "hoping to settle the dispute over the fishing quotas.", "Norland", "Sudria");
        List<SummarySentence> s = Summary.of(List.of(one, two), List.of(), List.of(), Set.of());
        assertTrue(summarised(s, "Envoys of Sudria met") || summarised(s, "Officials of Norland met"), s.toString());
    }
}
