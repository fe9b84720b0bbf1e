package org.dossier.synthesize.positions;

import java.util.List;
import java.util.Map;

/**
 * Refusals phrased as a negated action, rules as data ({@code positions/<lang>/refusals.txt}): "we will not discuss
 * X", "Russia won't withdraw its troops", and after a negative subject "neither X nor any other country will close
 * it". The actor rejects the action: the proposition is the verb phrase after the modal, a bare object pronoun
 * ("close it") shown with the noun phrase it stands for, the nearest one before in the same sentence ("close the
 * open door"). A stance verb after the modal ("will not accept") is left to the stance words; verbs that state no
 * action ("will not be", "won't work") are no refusal.
 */
final class Refusals {
    private static final String BREAKS = ",;:.!?()\u2013\u2014";

    private Refusals() {}

    /**
     * The index of the refused action's verb when a refusal starts at token {@code i}, else -1. A bare modal counts
     * only after a negative subject in its clause ({@code nobodyAllowed}: inside a quote, where the speaker states
     * it).
     */
    static int verbAfter(StanceLexicon lex, List<Words.Tok> toks, int i, boolean nobodyAllowed) {
        Map<String, List<StanceLexicon.Phrase>> negated = StanceLexicon.kind(lex.refusals, "negated");
        StanceLexicon.Phrase p = StanceLexicon.match(negated, toks, i);
        int verb;
        if (p != null) {
            verb = i + p.words().size();
        } else if (nobodyAllowed && StanceLexicon.at(lex.refusals, "modal", toks, i) && nobodyBefore(lex, toks, i)) {
            verb = i + 1;
        } else {
            return -1;
        }
        if (verb >= toks.size() || !toks.get(verb).isWord() || StanceLexicon.at(lex.refusals, "not-act", toks, verb)
                || StanceLexicon.match(lex.clausePhrases, toks, verb) != null || lex.negations.contains(toks.get(verb).lower())
                || lex.functionWords.contains(toks.get(verb).lower())) {
            return -1;
        }
        return verb;
    }

    /** Whether a negative subject word opens the modal's clause (no break between it and the modal). */
    private static boolean nobodyBefore(StanceLexicon lex, List<Words.Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            Words.Tok t = toks.get(k);
            if (BREAKS.contains(t.lower())) {
                return false;
            }
            if (StanceLexicon.at(lex.refusals, "nobody", toks, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The refused actions from the verb at {@code verb} on: the verb phrase as a proposition; a verb with a bare
     * object pronoun ("slam it") shown with the noun phrase the pronoun stands for, the nearest one before token
     * {@code at} in the same sentence ("slam the open door"), or nothing when none is found.
     */
    static List<String> propositions(StanceLexicon lex, String text, List<Words.Tok> toks, int at, int verb, int limit,
                                     Propositions props) {
        boolean barePronoun = verb + 1 < toks.size() && "any".equals(lex.pronouns.get(toks.get(verb + 1).lower()))
                && (verb + 2 >= toks.size() || !toks.get(verb + 2).isWord());
        if (!barePronoun) {
            return props.all(toks, verb, limit);
        }
        String antecedent = antecedent(lex, text, toks, at);
        Words.Tok v = toks.get(verb);
        return antecedent == null ? List.of() : List.of(text.substring(v.start(), v.end()) + " " + antecedent);
    }

    /** The nearest noun phrase opened by an article before token {@code at}, shown with the definite article. */
    private static String antecedent(StanceLexicon lex, String text, List<Words.Tok> toks, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (!lex.articles.contains(toks.get(k).lower())) {
                continue;
            }
            int end = k;
            for (int j = k + 1; j < at && j <= k + 4; j++) {
                Words.Tok t = toks.get(j);
                if (!t.isWord() || lex.functionWords.contains(t.lower())) {
                    break;
                }
                end = j;
            }
            if (end > k) {
                Map<String, List<StanceLexicon.Phrase>> definite = StanceLexicon.kind(lex.refusals, "the");
                String article = definite.isEmpty() ? text.substring(toks.get(k).start(), toks.get(k).end())
                        : definite.keySet().iterator().next();
                return article + " " + text.substring(toks.get(k + 1).start(), toks.get(end).end());
            }
        }
        return null;
    }
}
