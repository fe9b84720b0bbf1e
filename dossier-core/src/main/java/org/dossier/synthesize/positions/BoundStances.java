package org.dossier.synthesize.positions;

import java.util.List;
import java.util.Set;

/**
 * Stance phrases that are a stance only in some company, for {@link StanceReader}: a request of an addressee
 * ({@code stance-words.txt} kind "addressee": "pressed the council to reject …", not "asked about the talks"); an
 * openness (kind "proposal": "open to", "ouverte à") only before a proposal noun of the language
 * ({@code proposal-nouns.txt}: "open to an independent review" accepts it) or a gerund ("open to extending the
 * truce" offers it), never before other nouns ("open to criticism"); and a plain condition
 * ({@code offer-conditions.txt}: "if", "provided") only after an offer or acceptance of the same sentence, whose
 * condition is then the actor's demand ("offered to halve the tariffs if Lunesse capped its exports"), while a
 * plain "if" elsewhere is a hypothesis; a separable verb (kind "particle": "wies die Vorwürfe zurück") only when its
 * particle closes the clause.
 */
final class BoundStances {
    /** Stances whose condition is the actor's demand. */
    private static final Set<String> CONDITIONED = Set.of("offers", "accepts");
    /** The most words between an openness and its proposal noun ("open to an independent review"). */
    private static final int MAX_MODIFIERS = 3;

    private BoundStances() {}

    /** The phrase matched at token {@code i} as it reads in its company: itself, another stance, or null. */
    static StanceLexicon.Phrase checked(StanceLexicon lex, String text, List<Words.Tok> toks, int i, int limit,
                                        StanceLexicon.Phrase p) {
        if (p == null) {
            return null;
        }
        int after = i + p.words().size();
        if (lex.addressed.contains(p.words())) {
            return Complements.addresseeThenTo(lex, text, toks, after, limit) ? p : null;
        }
        String particle = lex.particleBound.get(p.words());
        if (particle != null) {
            return particleClosesClause(toks, after, limit, particle) ? p : null;
        }
        if (lex.proposalBound.contains(p.words())) {
            return opening(lex, toks, after, limit, p);
        }
        if (lex.offerConditions.contains(p.words())) {
            StanceLexicon.Phrase before = stanceBefore(lex, toks, i);
            return before != null && CONDITIONED.contains(before.stance()) ? p : null;
        }
        return p;
    }

    /** Whether {@code particle} ends the clause from token {@code from} on, before a comma, a full stop or the limit. */
    private static boolean particleClosesClause(List<Words.Tok> toks, int from, int limit, String particle) {
        for (int k = from; k < toks.size() && toks.get(k).end() <= limit; k++) {
            Words.Tok t = toks.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (t.lower().equals(particle)) {
                return k + 1 >= toks.size() || !toks.get(k + 1).isWord() || toks.get(k + 1).end() > limit;
            }
        }
        return false;
    }

    /** An openness before a proposal noun (the phrase's own stance) or a gerund (an offer), else null. */
    private static StanceLexicon.Phrase opening(StanceLexicon lex, List<Words.Tok> toks, int from, int limit,
                                                StanceLexicon.Phrase p) {
        int k = from;
        while (k < toks.size() && lex.articles.contains(toks.get(k).lower())) {
            k++;
        }
        if (k < toks.size() && toks.get(k).end() <= limit && k == from && !lex.gerundSuffix.isEmpty()
                && toks.get(k).lower().endsWith(lex.gerundSuffix) && toks.get(k).lower().length() > 5) {
            return new StanceLexicon.Phrase(p.words(), "offers"); // "open to extending the truce"
        }
        for (int n = 0; k < toks.size() && toks.get(k).end() <= limit && n <= MAX_MODIFIERS; k++, n++) {
            Words.Tok t = toks.get(k);
            if (!t.isWord() && !t.lower().equals("-") || lex.functionWords.contains(t.lower())) {
                return null;
            }
            if (proposalNoun(lex, t.lower())) {
                return p;
            }
        }
        return null;
    }

    private static boolean proposalNoun(StanceLexicon lex, String w) {
        return lex.proposalNouns.contains(w) || w.endsWith("s") && lex.proposalNouns.contains(w.substring(0, w.length() - 1));
    }

    /** The nearest stance phrase before token {@code i} in the sentence, or null. */
    private static StanceLexicon.Phrase stanceBefore(StanceLexicon lex, List<Words.Tok> toks, int i) {
        for (int k = i - 1; k >= 0; k--) {
            StanceLexicon.Phrase q = StanceLexicon.match(lex.clausePhrases, toks, k);
            if (q != null && q.words().size() <= i - k && !lex.offerConditions.contains(q.words())) {
                return q;
            }
        }
        return null;
    }
}
