package org.dossier.synthesize.positions;

import java.util.List;

/**
 * Where a stance's content ends when {@link Propositions} stops it at its word limit inside a phrase: a cut content
 * ("a 72-hour pause in fighting around the village of Tamsk to let aid") reads as though the actor asked for the
 * fragment, so it ends before the unfinished phrase instead ("… around the village of Tamsk"), or before the
 * subordinate clause the cut falls in ("close the lane past the reef until an inquiry" ends at "the reef").
 */
final class WordLimit {
    /** Words that open a subordinate clause ({@code subordinators.txt}, English). */
    private static final java.util.Set<String> SUBORDINATORS =
            org.dossier.rules.RuleFiles.words(WordLimit.class, "en", "subordinators.txt");

    private WordLimit() {}

    /**
     * The last token of a content [first, last] cut at the word limit: when the sentence goes on at {@code next}
     * with a word that continues the phrase (lower case, no function word: "to let aid | convoys reach …"), the
     * token before the last function word other than an article, which opens the unfinished phrase ("… of Tamsk |
     * to let aid"), at least two words kept; else {@code last}.
     */
    static int phraseEnd(StanceLexicon lex, String text, List<Words.Tok> toks, int first, int last, int next,
                         int limit) {
        if (next >= toks.size() || toks.get(next).end() > limit || !toks.get(next).isWord()
                || !Character.isLowerCase(text.charAt(toks.get(next).start()))
                || lex.functionWords.contains(toks.get(next).lower())) {
            return last;
        }
        for (int k = last; k > first + 1; k--) { // a clause the cut falls in goes whole: "… past the reef | until an inquiry is"
            if (toks.get(k).isWord() && SUBORDINATORS.contains(toks.get(k).lower())) {
                return k - 1;
            }
        }
        for (int k = last; k > first + 1; k--) {
            String w = toks.get(k).lower();
            if (toks.get(k).isWord() && (lex.functionWords.contains(w) || lex.conditionals.contains(w))
                    && !lex.articles.contains(w)) {
                return k - 1;
            }
        }
        return last;
    }
}
