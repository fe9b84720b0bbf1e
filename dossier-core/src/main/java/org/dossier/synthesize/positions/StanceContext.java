package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;

/**
 * The words right around a stance word that decide how it reads, for {@link StanceReader}: a negation before it, a
 * first-person subject inside a quote, the clause's own subject before a refusal, a noun after a possessive, and a
 * stance word that only continues an earlier one's list. Pure tests over a sentence's tokens and the lexicon.
 */
final class StanceContext {
    private StanceContext() {}

    /**
     * Whether the stance word at {@code i} continues the content of the sentence's earlier stance word rather than
     * stating a stance of its own: right after "and"/"or" (no subject of its own), in the base form while the
     * earlier word is inflected ("is demanding a pledge …, and promise to limit …", "demands that X stop A and
     * limit B"): the coordinated infinitives are all part of what the earlier stance asks for.
     */
    static boolean continuesList(StanceLexicon lex, List<Words.Tok> toks, int i, String headForm) {
        if (i == 0 || !lex.listCoordinators.contains(toks.get(i - 1).lower())) {
            return false;
        }
        return lex.baseForm(toks.get(i).lower()) && !lex.baseForm(headForm);
    }

    /** Whether the stance word is a noun after a possessive and a modifier ("the union's wage demand"). */
    static boolean possessedNoun(String text, List<Words.Tok> toks, int i) {
        if (i < 2 || !toks.get(i - 1).isWord() || !Character.isLowerCase(text.charAt(toks.get(i - 1).start()))) {
            return false;
        }
        String owner = toks.get(i - 2).lower();
        return owner.endsWith("'s") || owner.endsWith("\u2019s") || owner.endsWith("s'") || owner.endsWith("s\u2019");
    }

    /**
     * Whether the stance word at {@code i} is a noun after an opener or possessive and its modifiers ("its hostile
     * offer", "the improved bid", "Tarvik Mills' sweetened 40-crown offer"): up to four lower-case words (no
     * function word, negation, -ly adverb or part of a name), numbers and hyphens between. A word in a verb's past
     * form ({@code writing.txt} past-suffix: "the hostages demanded") or a condition ("the talks unless …") is none.
     */
    static boolean describedNoun(StanceLexicon lex, String text, List<Words.Tok> toks, int i,
                                 List<EntityMention> mentions) {
        StanceLexicon.Phrase p = StanceLexicon.match(lex.clausePhrases, toks, i);
        if (!lex.pastSuffix.isEmpty() && toks.get(i).lower().endsWith(lex.pastSuffix)
                || p != null && lex.conditions.contains(p.words())
                || hyphenated(toks, i) && possessiveBefore(toks, i) >= 0) { // "X's counter-offer": X's own
            return false;
        }
        int k = i - 1;
        for (; k >= 0 && k >= i - 4; k--) {
            Words.Tok mod = toks.get(k);
            String w = mod.lower();
            boolean number = Character.isDigit(w.charAt(0));
            boolean word = mod.isWord() && Character.isLowerCase(text.charAt(mod.start())) && !lex.functionWords.contains(w)
                    && !lex.negations.contains(w) && !w.endsWith("ly") && !lex.pronouns.containsKey(w)
                    && mentions.stream().noneMatch(m -> m.start() < mod.end() && mod.start() < m.end());
            if (!(number || word || w.equals("-") && k > 0 && toks.get(k - 1).end() == mod.start())) {
                break;
            }
        }
        if (k < 0 || k == i - 1) {
            return false;
        }
        String owner = toks.get(k).lower();
        return lex.nounOpeners.contains(owner) || owner.endsWith("'s")
                || owner.equals("'") && k > 0 && toks.get(k - 1).lower().endsWith("s") && toks.get(k - 1).end() == toks.get(k).start();
    }

    /**
     * Whether the stance noun at {@code i} is the object of a verb that states or restates it ({@code writing.txt}
     * hold-verbs: "reiterated its demand for X", "renewed their call for X", "made a new offer of X"): an opener and
     * up to two modifiers between, no negation before the verb, and a complement marker opening what follows (its
     * "to" before a verb: "made an offer to resign"; "made its offer public", "presented its offer to the board" are
     * none). The subject then holds the noun's stance on X.
     */
    static boolean heldNoun(StanceLexicon lex, String text, List<Words.Tok> toks, int i, List<EntityMention> mentions) {
        StanceLexicon.Phrase p = StanceLexicon.match(lex.clausePhrases, toks, i);
        int after = i + (p == null ? 1 : p.words().size());
        boolean marked = p != null && lex.markers.contains(p.words().get(p.words().size() - 1));
        if (!marked && (after >= toks.size() || !lex.markers.contains(toks.get(after).lower())
                || toks.get(after).lower().equals(lex.infinitiveLink) && (after + 1 >= toks.size()
                || lex.functionWords.contains(toks.get(after + 1).lower())))) {
            return false;
        }
        for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
            if (lex.nounOpeners.contains(toks.get(k).lower())) {
                int verb = holdingAt(lex, toks, k);
                return verb >= 0 && !negated(lex, toks, verb)
                        && (k == i - 1 || describedNoun(lex, text, toks, i, mentions));
            }
        }
        return false;
    }

    /**
     * Where the verb holding to the stance noun whose opener is at {@code k} starts: the word before it, a hold verb
     * ("renewed its call"), or the first of a hold phrase ending there ("stood firm on its demand"); else -1.
     */
    private static int holdingAt(StanceLexicon lex, List<Words.Tok> toks, int k) {
        if (lex.holdVerbs.contains(toks.get(k - 1).lower())) {
            return k - 1;
        }
        for (List<String> phrase : lex.holdPhrases) {
            int from = k - phrase.size();
            boolean all = from >= 0;
            for (int w = 0; all && w < phrase.size(); w++) {
                all = toks.get(from + w).lower().equals(phrase.get(w));
            }
            if (all) {
                return from;
            }
        }
        return -1;
    }

    /**
     * Where the "to" of a raised offer stands ("raised its hostile offer for X to 68 euros"): the stance noun at
     * {@code i} after a raise verb and its opener (and a modifier), the "to" later in the sentence before any
     * break ({@code writing.txt} raise-verbs, raise-to), or -1.
     */
    static int raisedTo(StanceLexicon lex, List<Words.Tok> toks, int i) {
        int v = lex.nounOpeners.contains(toks.get(i - 1).lower()) ? i - 2 : i - 3;
        if (v < 0 || !lex.raiseVerbs.contains(toks.get(v).lower())) {
            return -1;
        }
        for (int k = i + 1; k < toks.size() && k <= i + 8; k++) {
            String w = toks.get(k).lower();
            if (w.equals(lex.raiseTo)) {
                return k;
            }
            if (!toks.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the stance noun at {@code i} follows a plural possessive ("the Social Democrats' demand for a
     * recount"): a word ending in "s" and an apostrophe right after it. The demand is that name's, not the clause
     * subject's.
     */
    /**
     * The token of the possessive that owns the stance noun at {@code i}, or -1: right before it ("Lunesse's offer"),
     * a plural's apostrophe ("the unions' demand"), or before a hyphenated compound of it, which names the same
     * stance ("Lunesse's counter-offer of X" is Lunesse's offer).
     */
    static int possessiveBefore(List<Words.Tok> toks, int i) {
        int k = hyphenated(toks, i) ? i - 2 : i;
        if (k > 0 && (toks.get(k - 1).lower().endsWith("'s"))) {
            return k - 1;
        }
        return pluralPossessive(toks, k) ? k - 2 : -1;
    }

    /** Whether the stance noun at {@code i} ends a hyphenated word written together ("counter-offer"). */
    static boolean hyphenated(List<Words.Tok> toks, int i) {
        return i >= 2 && toks.get(i - 1).lower().equals("-") && toks.get(i - 1).end() == toks.get(i).start()
                && toks.get(i - 2).isWord() && toks.get(i - 2).end() == toks.get(i - 1).start();
    }

    static boolean pluralPossessive(List<Words.Tok> toks, int i) {
        if (i < 2) {
            return false;
        }
        Words.Tok mark = toks.get(i - 1);
        Words.Tok owner = toks.get(i - 2);
        return mark.lower().equals("'") && owner.end() == mark.start() && owner.isWord() && owner.lower().endsWith("s");
    }

    /** Whether the token right before a refusal ends a name or is a subject pronoun (the clause's own subject). */
    static boolean subjectRightBefore(StanceLexicon lex, Words.Tok before, List<EntityMention> mentions) {
        String kind = lex.pronouns.get(before.lower());
        return "person".equals(kind) || "any".equals(kind) || "thing".equals(kind) || mentions.stream().anyMatch(m -> m.end() == before.end());
    }

    static boolean firstPersonBefore(StanceLexicon lex, List<Words.Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Words.Tok t = toks.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (lex.firstPerson.contains(t.lower()) || lex.firstPerson.stream().anyMatch(f -> t.lower().startsWith(f + "'"))) {
                return true;
            }
        }
        return false;
    }

    static boolean negated(StanceLexicon lex, List<Words.Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Words.Tok t = toks.get(k);
            if (t.isQuoteMark()) {
                continue;
            }
            if (!t.isWord()) {
                return false;
            }
            if (lex.negations.contains(t.lower()) || t.lower().endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the stance word at {@code i} has a subject of its own in the stretch [from, i) that is no name: an
     * article, then lower-case words up to the stance word, the last a noun-like word (no function word, negation,
     * pronoun or -ly adverb): "the electoral commission rejected".
     */
    static boolean nounSubject(StanceLexicon lex, String text, List<Words.Tok> toks, int from, int i) {
        if (i - 1 <= from) {
            return false;
        }
        Words.Tok last = toks.get(i - 1);
        String w = last.lower();
        if (!last.isWord() || !Character.isLowerCase(text.charAt(last.start())) || lex.functionWords.contains(w)
                || lex.negations.contains(w) || lex.pronouns.containsKey(w) || w.endsWith("ly")) {
            return false;
        }
        for (int k = i - 2; k >= from; k--) {
            Words.Tok t = toks.get(k);
            if (lex.articles.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() || !Character.isLowerCase(text.charAt(t.start()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the stance word at {@code i} is a participle in the passive ("we are legally required to pay", "the
     * government was urged to resign"): its subject is the one asked, not the one asking, so it holds no stance.
     * A form of "be" ({@code passive.txt}), not one of its adjectival participles ("is opposed to"), right before it, or before one adverb in -ly;
     * or an agent word right after it, before no number ("the ransom demanded by the gang": the gang's demand,
     * not that of the sentence's subject; "demanded by 2030" stays the subject's).
     */
    static boolean passive(StanceLexicon lex, List<Words.Tok> toks, int i) {
        if (lex.passiveAuxiliaries.isEmpty() || i == 0 || !toks.get(i).lower().endsWith("ed")
                || lex.adjectivalStances.contains(toks.get(i).lower())) {
            return false;
        }
        if (i + 2 < toks.size() && lex.passiveAgents.contains(toks.get(i + 1).lower())
                && !Character.isDigit(toks.get(i + 2).lower().charAt(0))) {
            return true;
        }
        if (i + 1 < toks.size() && attributive(lex, toks.get(i - 1).lower()) && toks.get(i + 1).lower().chars()
                .allMatch(Character::isLetter) && !lex.functionWords.contains(toks.get(i + 1).lower())) {
            return true; // "two dismissed stewards", "the rejected plan": an adjective, no one's stance
        }
        int j = i - 1;
        if (j > 0 && toks.get(j).lower().endsWith("ly")) {
            j--;
        }
        return lex.passiveAuxiliaries.contains(toks.get(j).lower());
    }

    private static boolean attributive(StanceLexicon lex, String before) {
        return lex.attributiveOpeners.contains(before) || !before.isEmpty() && before.chars().allMatch(Character::isDigit);
    }

    /**
     * The token ranges [from, to) of clauses a subordinator opens with a gerund ("… fell ill after drinking
     * Brightwater formula demanded …"): a clause with no subject of its own, whose names are the gerund's objects,
     * never the stance word's subject. Each runs from the gerund to the next clause start, or to the stance word.
     */
    static List<int[]> gerundClauses(StanceLexicon lex, List<Words.Tok> toks, List<Integer> starts, int i) {
        List<int[]> out = new ArrayList<>();
        String suffix = lex.gerundSuffix;
        for (int n = 0; n < starts.size() && !suffix.isEmpty(); n++) {
            int from = starts.get(n);
            if (from > 0 && from < i && lex.subjectClauseOpeners.contains(toks.get(from - 1).lower())) {
                String w = toks.get(from).lower();
                if (w.endsWith(suffix) && w.length() > suffix.length() + 2 && w.chars().allMatch(Character::isLetter)) {
                    out.add(new int[] {from, n == 0 ? i : starts.get(n - 1) - 1});
                }
            }
        }
        return out;
    }
}
