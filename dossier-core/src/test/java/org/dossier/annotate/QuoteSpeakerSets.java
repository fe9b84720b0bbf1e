package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;

/**
 * Test helper: scores sets of short articles with known quote speakers per language (German, French, Spanish) and
 * asserts each language's speaker accuracy is at least 0.85, printing the figures and every miss.
 */
final class QuoteSpeakerSets {
    static final LocalDate ANCHOR = LocalDate.of(2024, 3, 12);
    private static final Clock CLOCK = Clock.fixed(ANCHOR.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final double BAR = 0.85;

    /**
     * An article and, per quote, the start of its text and who says it: a name, or "~" and a word of the
     * speaker or of the description an unnamed speaker is given ("~Sprecher").
     */
    record Case(String text, String... expected) {}

    private QuoteSpeakerSets() {}

    /** The sets read as the default build reads them, with no model. */
    static void assertBarWithoutModel(List<Case> de, List<Case> fr, List<Case> es, String set) {
        Annotator none = new NameEvidenceAnnotator(CLOCK, l -> "no model");
        assertBar(Map.of("de", none, "fr", none, "es", none), de, fr, es, set + ", without a model:");
    }

    /** The sets read with each language's CoreNLP model; skipped where the languages profile is not built. */
    static void assertBarWithModels(List<Case> de, List<Case> fr, List<Case> es, String set) {
        assumeTrue(CoreNlpAnnotator.hasModel("de") && CoreNlpAnnotator.hasModel("fr")
                && CoreNlpAnnotator.hasModel("es"), "the languages profile is not on the class path");
        assertBar(Map.of("de", new CoreNlpAnnotator(CLOCK, "de"), "fr", new CoreNlpAnnotator(CLOCK, "fr"),
                "es", new CoreNlpAnnotator(CLOCK, "es")), de, fr, es, set + ", with the language's model:");
    }

    private static void assertBar(Map<String, Annotator> annotators, List<Case> de, List<Case> fr, List<Case> es,
                                  String how) {
        Map<String, List<Case>> sets = Map.of("de", de, "fr", fr, "es", es);
        List<String> misses = new ArrayList<>();
        StringBuilder figures = new StringBuilder("speaker accuracy, " + how);
        boolean all = true;
        for (String lang : List.of("de", "fr", "es")) {
            int[] s = score(annotators.get(lang), lang, sets.get(lang), misses);
            assertTrue(s[1] >= 15, lang + " has at least 15 quotes");
            figures.append(String.format(" %s %d/%d = %.3f", lang, s[0], s[1], (double) s[0] / s[1]));
            all &= s[0] >= BAR * s[1];
        }
        System.out.println(figures);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(all, figures + "\n" + String.join("\n", misses));
    }

    /** Correct and expected speakers of a set read by {@code annotator} as {@code language}. */
    private static int[] score(Annotator annotator, String language, List<Case> cases, List<String> misses) {
        int correct = 0;
        int expected = 0;
        for (Case c : cases) {
            Article a = new Article("t", null, null, null, null, ANCHOR, null, null, language, null, c.text(), 0,
                    null, null);
            List<QuoteMention> quotes = annotator.annotate(a, ANCHOR).quotes();
            for (int k = 0; k < c.expected().length; k += 2) {
                expected++;
                String start = c.expected()[k];
                String want = c.expected()[k + 1];
                QuoteMention q = quotes.stream().filter(m -> m.text().startsWith(start)).findFirst().orElse(null);
                if (q != null && matches(q, want)) {
                    correct++;
                } else {
                    misses.add(language + " \"" + start + "…\" want " + want + ", got "
                            + (q == null ? "no quote" : q.speaker() + " / " + q.speakerDescription()));
                }
            }
        }
        return new int[] {correct, expected};
    }

    private static boolean matches(QuoteMention q, String want) {
        if (want.startsWith("~")) {
            String word = want.substring(1);
            return q.speaker() != null && q.speaker().contains(word)
                    || q.speakerDescription() != null && q.speakerDescription().contains(word);
        }
        return want.equals(q.speaker());
    }
}
