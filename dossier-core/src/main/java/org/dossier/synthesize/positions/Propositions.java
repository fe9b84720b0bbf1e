package org.dossier.synthesize.positions;

import java.util.List;

/**
 * Shortens a stance's content to its core: the words after the stance word (an opening complement marker
 * — "that", "to", "of" — and article dropped), up to the end of the clause (a comma or other break, a word that
 * opens a new clause or a report of speech, "and" before another stance word, a time expression), at most
 * {@value #MAX_WORDS} words, quote marks removed, trailing function words trimmed. Null when nothing with content
 * is left or it is only a pronoun ("denies this").
 */
final class Propositions {
    static final int MAX_WORDS = 12;
    private static final String BREAKS = ",;:.!?()[]\u2013\u2014\u2026";

    private final StanceLexicon lex;
    private final String text;
    private final List<int[]> times;

    Propositions(StanceLexicon lex, String text, List<int[]> times) {
        this.lex = lex;
        this.text = text;
        this.times = times;
    }

    /**
     * The propositions from token {@code from} on: the first, and one more for each parallel complement after a
     * comma ("assurances that it will not expand, that Ukraine will not be granted membership").
     */
    List<String> all(List<Words.Tok> toks, int from, int limit) {
        List<String> out = new java.util.ArrayList<>();
        int[] end = new int[1];
        String first = after(toks, from, limit, end);
        if (first == null) {
            return out;
        }
        out.add(first);
        int i = end[0];
        while (i + 1 < toks.size() && List.of(",", "and", "or").contains(toks.get(i).lower())
                && toks.get(i).end() <= limit) {
            int next = i + 1;
            if (next < toks.size() && List.of("and", "or").contains(toks.get(next).lower())) {
                next++;
            }
            if (next >= toks.size() || !toks.get(next).lower().equals("that")) {
                break;
            }
            String more = after(toks, next, limit, end);
            if (more == null) {
                break;
            }
            out.add(more);
            i = end[0];
        }
        return out;
    }

    /** The proposition that starts at token {@code from} and ends before offset {@code limit}, or null. */
    String after(List<Words.Tok> toks, int from, int limit) {
        return after(toks, from, limit, new int[1]);
    }

    private String after(List<Words.Tok> toks, int from, int limit, int[] stoppedAt) {
        int i = from;
        if (i + 1 < toks.size() && toks.get(i).lower().equals(",") && lex.markers.contains(toks.get(i + 1).lower())) {
            i++;
        }
        if (i < toks.size() && lex.markers.contains(toks.get(i).lower())) {
            i++;
        }
        while (i < toks.size() && toks.get(i).isQuoteMark()) {
            i++;
        }
        if (i < toks.size() && lex.articles.contains(toks.get(i).lower())) {
            i++;
        }
        int first = i;
        int last = -1;
        int words = 0;
        for (; i < toks.size() && toks.get(i).end() <= limit && words < MAX_WORDS; i++) {
            Words.Tok t = toks.get(i);
            if (t.isQuoteMark()) {
                continue;
            }
            if (BREAKS.contains(t.lower()) || lex.stops.contains(t.lower()) || inTime(t) || stanceFollows(toks, i)
                    || parallelFollows(toks, i)) {
                break;
            }
            if (!t.isWord() && !"-/'&%$€£".contains(t.lower())) {
                break;
            }
            last = i;
            words++;
        }
        stoppedAt[0] = i;
        while (last >= first && (!toks.get(last).isWord() || lex.functionWords.contains(toks.get(last).lower())
                || toks.get(last).isQuoteMark())) {
            last--;
        }
        if (last < first) {
            return null;
        }
        String kind = lex.pronouns.get(toks.get(first).lower());
        int content = 0;
        for (int k = first; k <= last; k++) {
            content += lex.isContent(toks.get(k).lower()) ? 1 : 0;
        }
        if (content == 0 || (kind != null && ("none".equals(kind) || last - first < 2))) {
            return null;
        }
        String out = text.substring(toks.get(first).start(), toks.get(last).end())
                .replaceAll("[\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]", "").replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? null : out;
    }

    private boolean inTime(Words.Tok t) {
        return times.stream().anyMatch(x -> x[0] <= t.start() && t.start() < x[1]);
    }

    /** "and that" / "or that": a parallel complement begins. */
    private static boolean parallelFollows(List<Words.Tok> toks, int i) {
        String w = toks.get(i).lower();
        return (w.equals("and") || w.equals("or")) && i + 1 < toks.size() && toks.get(i + 1).lower().equals("that");
    }

    /** "and" (or "or") right before another stance word: a new verb phrase begins. */
    private boolean stanceFollows(List<Words.Tok> toks, int i) {
        String w = toks.get(i).lower();
        if (!w.equals("and") && !w.equals("or")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 4); k++) {
            if (StanceLexicon.match(lex.clausePhrases, toks, k) != null) {
                return true;
            }
        }
        return false;
    }
}
