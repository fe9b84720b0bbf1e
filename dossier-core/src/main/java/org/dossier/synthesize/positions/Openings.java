package org.dossier.synthesize.positions;

import java.util.List;

/**
 * Openings for talks stated as possible, rules as data ({@code positions/<lang>/openings.txt}): "progress on arms
 * control is possible", "an agreement over tariffs would be conceivable" state that the actor is open to talks on
 * that topic, an offer of "talks on arms control". The topic is what follows the topic word after the noun, up to
 * the copula; a negated or conditional possibility ("is not possible", "if progress … is possible") is none.
 */
final class Openings {
    /** The most words of a topic. */
    static final int MAX_TOPIC = 12;

    /** An opening found in a sentence: the noun's token index and the proposition. */
    record Opening(int noun, String proposition) {}

    private Openings() {}

    /** The opening stated in a sentence's tokens, or null. */
    static Opening in(StanceLexicon lex, String text, List<Words.Tok> toks) {
        if (lex.talksPrefix.isEmpty()) {
            return null;
        }
        for (int p = 1; p < toks.size(); p++) {
            StanceLexicon.Phrase possible = StanceLexicon.match(StanceLexicon.kind(lex.openings, "possible"), toks, p);
            if (possible == null) {
                continue;
            }
            int copula = copulaBefore(lex, toks, p);
            if (copula < 0 || negated(lex, toks, copula, p)) {
                continue;
            }
            Opening o = topic(lex, text, toks, copula);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** The start of the copula ending right before token {@code p}, or -1. */
    private static int copulaBefore(StanceLexicon lex, List<Words.Tok> toks, int p) {
        for (int k = Math.max(0, p - 3); k < p; k++) {
            StanceLexicon.Phrase c = StanceLexicon.match(StanceLexicon.kind(lex.openings, "copula"), toks, k);
            if (c != null && k + c.words().size() == p) {
                return k;
            }
            if (c != null && k + c.words().size() + 1 == p && lex.negations.contains(toks.get(p - 1).lower())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean negated(StanceLexicon lex, List<Words.Tok> toks, int from, int to) {
        for (int k = Math.max(0, from - 1); k < to; k++) {
            if (lex.negations.contains(toks.get(k).lower()) || toks.get(k).lower().endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The noun before the copula, its topic word and the topic up to the copula; null when any is missing. */
    private static Opening topic(StanceLexicon lex, String text, List<Words.Tok> toks, int copula) {
        int noun = -1;
        for (int k = copula - 1; k >= 0; k--) {
            String w = toks.get(k).lower();
            if (",;:".contains(w) && !insideInsert(lex, toks, k)) {
                break;
            }
            if (lex.conditionals.contains(w)) {
                return null;
            }
            if (StanceLexicon.at(lex.openings, "noun", toks, k)) {
                noun = k;
            }
        }
        if (noun < 0) {
            return null;
        }
        for (int t = noun + 1; t < copula; t++) {
            StanceLexicon.Phrase topic = StanceLexicon.match(StanceLexicon.kind(lex.openings, "topic"), toks, t);
            if (topic == null) {
                continue;
            }
            int first = t + topic.words().size();
            if (first < copula && lex.articles.contains(toks.get(first).lower())) {
                first++;
            }
            int last = copula - 1;
            int words = 0;
            for (int k = first; k <= last; k++) {
                words += toks.get(k).isWord() ? 1 : 0;
            }
            if (first > last || words > MAX_TOPIC || !toks.get(last).isWord()) {
                return null;
            }
            String subject = text.substring(toks.get(first).start(), toks.get(last).end()).replaceAll("\\s+", " ");
            return new Opening(noun, lex.talksPrefix + " " + subject);
        }
        return null;
    }

    /** Whether the comma at {@code k} closes or opens an inserted example (", such as …,"). */
    private static boolean insideInsert(StanceLexicon lex, List<Words.Tok> toks, int k) {
        for (int j = Math.max(0, k - 8); j < Math.min(toks.size(), k + 2); j++) {
            if (StanceLexicon.match(lex.inserts, toks, j) != null) {
                return true;
            }
        }
        return false;
    }
}
