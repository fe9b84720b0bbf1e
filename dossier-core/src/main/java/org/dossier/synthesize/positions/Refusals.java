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
    static int verbAfter(StanceLexicon lex, String text, List<Words.Tok> toks, int i, boolean nobodyAllowed) {
        Map<String, List<StanceLexicon.Phrase>> negated = StanceLexicon.kind(lex.refusals, "negated");
        StanceLexicon.Phrase p = StanceLexicon.match(negated, toks, i);
        int verb;
        if (p != null) {
            verb = i + p.words().size();
        } else if (nobodyAllowed && StanceLexicon.at(lex.refusals, "modal", toks, i) && nobodyBefore(lex, toks, i)) {
            verb = i + 1;
        } else {
            return inflectedVerb(lex, toks, i);
        }
        if (verb >= toks.size() || !toks.get(verb).isWord() || StanceLexicon.at(lex.refusals, "not-act", toks, verb)
                || StanceLexicon.match(lex.clausePhrases, toks, verb) != null || lex.negations.contains(toks.get(verb).lower())
                || lex.functionWords.contains(toks.get(verb).lower())
                || lex.capitalsMarkGarble && Character.isUpperCase(text.charAt(toks.get(verb).start()))) {
            return -1; // "not going to Lisbon": a name after it is a place, no action
        }
        return verb;
    }

    /**
     * A refusal as an inflected verb between negation particles starting at token {@code i} ("ne reviendra pas",
     * "n'acceptera jamais"; kinds {@code ne} and {@code ne-after}): the index of the verb token, or -1 when there is
     * none, its base form is unknown, or it states no action.
     */
    /** Whether an inflected refusal ("ne cédera pas") starts at token {@code i}: in a quote it needs a first person. */
    static boolean inflectedAt(StanceLexicon lex, List<Words.Tok> toks, int i) {
        return inflectedVerb(lex, toks, i) >= 0;
    }

    private static int inflectedVerb(StanceLexicon lex, List<Words.Tok> toks, int i) {
        int verb = -1;
        if (StanceLexicon.at(lex.refusals, "ne", toks, i) && i + 1 < toks.size() && toks.get(i + 1).isWord()) {
            verb = i + 1;
        } else if (elided(lex, toks.get(i).lower()) != null) {
            verb = i;
        }
        if (verb < 0 || verb + 1 >= toks.size() || !StanceLexicon.at(lex.refusals, "ne-after", toks, verb + 1)) {
            return -1;
        }
        String base = base(lex, toks.get(verb).lower());
        return base == null || StanceLexicon.kind(lex.refusals, "not-act").containsKey(base) ? -1 : verb;
    }

    /** The verb form after an elided particle written onto it ("n'acceptera" → "acceptera"), or null. */
    private static String elided(StanceLexicon lex, String token) {
        for (String particle : StanceLexicon.kind(lex.refusals, "ne").keySet()) {
            if (particle.endsWith("'") && token.startsWith(particle) && token.length() > particle.length() + 2) {
                return token.substring(particle.length());
            }
        }
        return null;
    }

    /** The base form of the verb token of an inflected refusal, or null. */
    private static String base(StanceLexicon lex, String token) {
        String form = elided(lex, token);
        return lex.baseOf(form != null ? form : token);
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
        String base = verb + 1 < toks.size() && StanceLexicon.at(lex.refusals, "ne-after", toks, verb + 1)
                ? base(lex, toks.get(verb).lower()) : null;
        if (base != null) {
            String object = props.after(toks, verb + 2, limit);
            boolean article = object != null && verb + 2 < toks.size() && lex.articles.contains(toks.get(verb + 2).lower());
            String shown = article ? text.substring(toks.get(verb + 2).start(), toks.get(verb + 2).end()) + " " + object
                    : object;
            return List.of(shown == null ? base : base + " " + shown);
        }
        String objectKind = verb + 1 < toks.size() ? lex.pronouns.get(toks.get(verb + 1).lower()) : null;
        boolean barePronoun = ("any".equals(objectKind) || "thing".equals(objectKind))
                && (verb + 2 >= toks.size() || !toks.get(verb + 2).isWord());
        if (!barePronoun) {
            String bare = toks.get(verb).lower();
            return props.all(toks, verb, limit).stream().map(p -> p.equals(bare) ? gerund(lex, bare) : p).toList();
        }
        String antecedent = antecedent(lex, text, toks, at);
        Words.Tok v = toks.get(verb);
        return antecedent == null ? List.of() : List.of(text.substring(v.start(), v.end()) + " " + antecedent);
    }

    /** A refused bare verb as its gerund ("pay": "paying", "close": "closing"), or as it is without a gerund ending. */
    private static String gerund(StanceLexicon lex, String verb) {
        if (lex.gerundSuffix.isEmpty() || verb.length() < 3 || !verb.chars().allMatch(Character::isLetter)) {
            return verb;
        }
        boolean silentE = verb.endsWith("e") && !verb.endsWith("ee") && "aeiouy".indexOf(verb.charAt(verb.length() - 2)) < 0;
        return (silentE ? verb.substring(0, verb.length() - 1) : verb) + lex.gerundSuffix;
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
