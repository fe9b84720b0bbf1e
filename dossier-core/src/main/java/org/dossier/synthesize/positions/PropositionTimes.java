package org.dossier.synthesize.positions;

import java.util.List;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * Where a time expression ends a proposition, for {@link Propositions}: a time stops it ("demanded talks by Friday"
 * is "talks"), except inside an indirect question whose verb follows the time ("an inquiry into why schools built
 * after 2020 collapsed", {@code question-words.txt}) and between an article and its noun ("respect the 1998
 * ceasefire"). Built once per article from its time spans; pure.
 */
final class PropositionTimes {
    private static final Set<String> QUESTION_WORDS = RuleFiles.words(Propositions.class, "question-words.txt");

    private final StanceLexicon lex;
    private final List<int[]> times;

    PropositionTimes(StanceLexicon lex, List<int[]> times) {
        this.lex = lex;
        this.times = times;
    }

    /** Whether the token starts inside a time expression. */
    boolean in(Words.Tok t) {
        return times.stream().anyMatch(x -> x[0] <= t.start() && t.start() < x[1]);
    }

    /** Whether the time at token {@code i} ends the proposition opened at token {@code first}. */
    boolean stops(List<Words.Tok> toks, int first, int i, int limit) {
        return in(toks.get(i)) && !inQuestion(toks, first, i, limit) && !modifiesNoun(toks, i, limit);
    }

    /** The first token from {@code i} on past a time expression before {@code limit} ("respinto martedì le accuse"). */
    int after(List<Words.Tok> toks, int i, int limit) {
        int k = i;
        while (k + 1 < toks.size() && toks.get(k + 1).end() <= limit && in(toks.get(k))) {
            k++;
        }
        return k;
    }

    /** Whether a time at {@code i} is inside an indirect question whose verb follows it, before the limit. */
    private boolean inQuestion(List<Words.Tok> toks, int first, int i, int limit) {
        boolean open = false;
        for (int k = first; k < i && !open; k++) {
            open = QUESTION_WORDS.contains(toks.get(k).lower());
        }
        return open && wordAfter(toks, i, limit) >= 0;
    }

    /** Whether the time at token {@code i} stands between an article and its noun ("the 1998 ceasefire"). */
    private boolean modifiesNoun(List<Words.Tok> toks, int i, int limit) {
        int k = i > 0 && lex.articles.contains(toks.get(i - 1).lower()) ? wordAfter(toks, i, limit) : -1;
        return k >= 0 && !lex.functionWords.contains(toks.get(k).lower());
    }

    /** The index of the word right after the time at {@code i}, before the limit and no break, else -1. */
    private int wordAfter(List<Words.Tok> toks, int i, int limit) {
        int k = i;
        while (k < toks.size() && toks.get(k).end() <= limit && in(toks.get(k))) {
            k++;
        }
        return k < toks.size() && toks.get(k).end() <= limit && toks.get(k).isWord()
                && !Propositions.BREAKS.contains(toks.get(k).lower()) ? k : -1;
    }
}
