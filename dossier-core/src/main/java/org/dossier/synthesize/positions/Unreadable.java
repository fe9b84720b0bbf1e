package org.dossier.synthesize.positions;

import java.util.List;
import org.dossier.model.EntityMention;

/**
 * Stances whose proposition cannot be read as actor, stance and object, found from the sentence around them (rules
 * as data in {@code positions/<lang>/unreadable.txt}): a relative clause whose object is the noun before it, a sum of
 * money "accepted" (money received, not a position). {@link StanceReader} drops what these say is unreadable;
 * {@link Propositions} drops dangling correlatives and objects that only name parties itself.
 */
final class Unreadable {
    private Unreadable() {}

    /**
     * Whether the stance word at {@code i} has for subject a name right after a relative pronoun ("the plan that
     * Russia wants to …", an article and up to two words such as "has" between): the clause's object is the noun
     * before the pronoun, outside the proposition.
     */
    static boolean relativeSubject(StanceLexicon lex, List<Words.Tok> toks, int i, List<EntityMention> mentions) {
        if (lex.relatives.isEmpty()) {
            return false;
        }
        for (int j = i - 1; j >= 1 && j >= i - 6; j--) {
            int start = toks.get(j).start();
            int stanceStart = toks.get(i).start();
            EntityMention m = mentions.stream().filter(x -> x.start() == start && x.end() <= stanceStart)
                    .findFirst().orElse(null);
            if (m == null) {
                continue;
            }
            long between = toks.subList(j, i).stream().filter(t -> t.start() >= m.end()).count();
            if (between > 2) {
                return false;
            }
            int before = j - 1;
            if (before >= 1 && lex.articles.contains(toks.get(before).lower())) {
                before--;
            }
            return lex.relatives.contains(toks.get(before).lower());
        }
        return false;
    }

    /**
     * Whether the stance word at {@code i} has for subject a relative pronoun across an inserted reporting clause
     * ("the audit, which she said had warned of …": up to two auxiliaries, the insert's verb, its pronoun, the
     * relative): the stance is the antecedent's, so the pronoun's speaker holds no position.
     */
    static boolean relativeAcrossInsert(StanceLexicon lex, List<Words.Tok> toks, int i) {
        int j = i - 1;
        for (int n = 0; n < 2 && j >= 0 && lex.functionWords.contains(toks.get(j).lower())
                && !lex.reported.contains(toks.get(j).lower()); n++) {
            j--;
        }
        if (j < 2 || !lex.reported.contains(toks.get(j).lower()) || !lex.pronouns.containsKey(toks.get(j - 1).lower())) {
            return false;
        }
        return lex.subjectRelatives.contains(toks.get(j - 2).lower());
    }

    /**
     * The antecedent a relative clause's stance is about, when its own content has no object (it opens with a
     * function word other than an article: "offered 4% over two years, which the union rejected as an insult"): the
     * sentence's earlier proposition that the relative pronoun follows after a comma; else null.
     */
    static String antecedent(StanceLexicon lex, String sentence, List<String> earlier, String content) {
        List<Words.Tok> toks = Words.of(content, 0, content.length());
        if (toks.isEmpty() || !lex.functionWords.contains(toks.get(0).lower()) || lex.articles.contains(toks.get(0).lower())
                || !Character.isLowerCase(content.charAt(0))) {
            return null;
        }
        String flat = Words.clean(sentence);
        for (int k = earlier.size() - 1; k >= 0; k--) {
            for (String relative : lex.relatives) {
                if (flat.contains(earlier.get(k) + ", " + relative + " ")) {
                    return earlier.get(k);
                }
            }
        }
        return null;
    }

    /** Whether a proposition is a sum of money: a number with a money word or sign right before or after it. */
    static boolean sumOfMoney(StanceLexicon lex, String proposition) {
        List<Words.Tok> toks = Words.of(proposition, 0, proposition.length());
        for (int k = 0; k < toks.size(); k++) {
            if (Character.isDigit(toks.get(k).lower().charAt(0))
                    && (k > 0 && lex.money.contains(toks.get(k - 1).lower())
                    || k + 1 < toks.size() && lex.money.contains(toks.get(k + 1).lower()))) {
                return true;
            }
        }
        return false;
    }

}
