package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who "the witness" is when the article never wrote the word beside a name: after a quoted question (""Did anyone
 * actually see my client strike him?"" by the defence lawyer), ""Two people did," the witness replied" is the answer
 * of the one being questioned, the last other person quoted before the question in its paragraph or the
 * {@link #WINDOW} before. The nouns are data ({@code answering-nouns.txt}). Used by {@link SpeakerFinder} on a quote
 * whose speaker is only such a "the" phrase.
 */
final class QuestionedSpeakers {
    private static final int WINDOW = 3;
    private static final Set<String> NOUNS = Set.copyOf(Lexicon.lines("answering-nouns.txt"));

    private QuestionedSpeakers() {}

    /**
     * The person answering quote {@code k}'s question before it, for attribution {@code a} "the witness"; else
     * {@code a} itself. {@code resolved} holds the speakers of the quotes before {@code k}.
     */
    static Attribution answering(SpeakerContext c, int k, Attribution a, List<Attribution> resolved) {
        if (a.speaker() != null || a.description() == null || k < 2 || resolved.size() < k) {
            return a;
        }
        String[] w = a.description().strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length != 2 || !w[0].equals("the") || !NOUNS.contains(w[1])) {
            return a;
        }
        QuoteSpan question = c.quotes.get(k - 1);
        if (!c.doc.text().substring(question.start(), question.end()).strip().endsWith("?")) {
            return a;
        }
        int para = c.doc.paragraphAt(c.quotes.get(k).start());
        String asker = resolved.get(k - 1).speaker();
        for (int j = k - 2; j >= 0 && c.doc.paragraphAt(c.quotes.get(j).start()) >= para - WINDOW; j--) {
            String s = resolved.get(j).speaker();
            if (s != null && !s.equals(asker) && c.names.isPerson(s)) {
                return resolved.get(j);
            }
        }
        return a;
    }
}
