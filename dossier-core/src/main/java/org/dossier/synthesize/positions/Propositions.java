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
    static final String BREAKS = ",;:.!?()[]\u2013\u2014\u2026";

    private final StanceLexicon lex;
    private final String text;
    private final PropositionTimes timeStops;
    private final List<int[]> names;

    Propositions(StanceLexicon lex, String text, List<int[]> times, List<int[]> names) {
        this.lex = lex;
        this.text = text;
        this.timeStops = new PropositionTimes(lex, times);
        this.names = names;
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
        int i = clauseEnd(toks, end[0], limit);
        while (i + 1 < toks.size() && List.of(",", "and", "or").contains(toks.get(i).lower())
                && toks.get(i).end() <= limit) {
            int next = i + 1;
            if (next < toks.size() && List.of("and", "or").contains(toks.get(next).lower())) {
                next++;
            }
            if (next >= toks.size() || !(toks.get(next).lower().equals("that") || negatedAction(toks, next))) {
                break;
            }
            String more = after(toks, next, limit, end);
            if (more == null) {
                break;
            }
            out.add(more);
            i = clauseEnd(toks, end[0], limit);
        }
        return out;
    }

    /**
     * Where a proposition's clause ends: the token it stopped at, or, when it stopped at the word limit inside
     * the clause, the next comma (no other break before it).
     */
    private int clauseEnd(List<Words.Tok> toks, int stopped, int limit) {
        for (int k = stopped; k < toks.size() && toks.get(k).end() <= limit; k++) {
            String w = toks.get(k).lower();
            if (w.equals(",") || w.equals("and") || w.equals("or")) {
                return k;
            }
            if (BREAKS.contains(w) || lex.stops.contains(w)) {
                return stopped;
            }
        }
        return stopped;
    }

    /** A negation opening a parallel verb phrase (", never recognize …"): a negation before a word, not an article. */
    private boolean negatedAction(List<Words.Tok> toks, int k) {
        return k + 1 < toks.size() && lex.negations.contains(toks.get(k).lower()) && toks.get(k + 1).isWord()
                && Character.isLowerCase(text.charAt(toks.get(k + 1).start()))
                && !lex.articles.contains(toks.get(k + 1).lower()) && !lex.functionWords.contains(toks.get(k + 1).lower());
    }

    /** This reader without its time stops: a condition's time is part of it ("provided the cut came in January"). */
    Propositions keepingTimes() {
        return new Propositions(lex, text, List.of(), names);
    }

    /** The proposition that starts at token {@code from} and ends before offset {@code limit}, or null. */
    String after(List<Words.Tok> toks, int from, int limit) {
        return after(toks, from, limit, new int[1]);
    }

    private String after(List<Words.Tok> toks, int from, int limit, int[] stoppedAt) {
        int i = from;
        if (i + 1 < toks.size() && toks.get(i).lower().equals(",")
                && (lex.markers.contains(toks.get(i + 1).lower()) || lex.commaOpensComplement)) {
            i++;
        }
        if (i < toks.size() && lex.markers.contains(toks.get(i).lower())) {
            i++;
        }
        while (i < toks.size() && toks.get(i).isQuoteMark()) {
            i++;
        }
        // a time expression between the stance word and its object ("forderte am Montag eine Neuauszählung")
        while (i + 1 < toks.size() && toks.get(i + 1).end() <= limit && (timeStops.in(toks.get(i))
                || toks.get(i).isWord() && lex.functionWords.contains(toks.get(i).lower()) && timeStops.in(toks.get(i + 1)))) {
            i++;
        }
        // the stance's preposition again after the time ("agreed on Thursday on a deal", "insisted on Monday on …")
        // or a complement marker after it ("agreed on Wednesday to a first exchange", "warned on Monday of …")
        if (i > from && from > 0 && i < toks.size() && timeStops.in(toks.get(i - 1))
                && (toks.get(i).lower().equals(toks.get(from - 1).lower()) && lex.functionWords.contains(toks.get(i).lower())
                || lex.markers.contains(toks.get(i).lower()))) {
            i++;
        }
        if (i < toks.size() && lex.articles.contains(toks.get(i).lower())) {
            i++;
        }
        int first = i;
        int last = -1;
        int words = 0;
        List<int[]> skipped = new java.util.ArrayList<>();
        for (; i < toks.size() && toks.get(i).end() <= limit && words < MAX_WORDS; i++) {
            Words.Tok t = toks.get(i);
            if (t.isQuoteMark()) {
                continue;
            }
            if (t.lower().equals(",") && last >= first) {
                int close = insertEnd(toks, i, limit);
                if (close > i) {
                    skipped.add(new int[] {toks.get(i).start(), toks.get(close).end()});
                    i = close;
                    continue;
                }
                if (listFollows(toks, i, limit)) {
                    continue;
                }
            }
            if (BREAKS.contains(t.lower()) || lex.stops.contains(t.lower())
                    || timeStops.stops(toks, first, i, limit)
                    || stanceFollows(toks, i)
                    || parallelFollows(toks, i)) {
                break;
            }
            if (!t.isWord() && !"-/'&%$€£".contains(t.lower())) {
                break;
            }
            last = i;
            boolean joined = i > 0 && toks.get(i - 1).lower().equals("-") && toks.get(i - 1).end() == t.start();
            words += t.isWord() && !joined ? 1 : 0;
        }
        while (i < toks.size() && last >= first && toks.get(i).end() <= limit && (withinName(toks.get(last), toks.get(i))
                || (toks.get(i).lower().equals("-") && toks.get(i).start() == toks.get(last).end()))) {
            last = i++;
        }
        stoppedAt[0] = i;
        last = words >= MAX_WORDS ? WordLimit.phraseEnd(lex, text, toks, first, last, i, limit) : last;
        while (last >= first && (!toks.get(last).isWord() && !Words.signOfNumber(toks, last)
                || lex.functionWords.contains(toks.get(last).lower())
                || lex.nonSubject.contains(toks.get(last).lower()) || toks.get(last).isQuoteMark())) {
            last--;
        }
        if (last < first || garbled(toks, first, last) || dangling(toks, first, last) || partiesOnly(toks, first, last)) {
            return null;
        }
        String kind = lex.pronouns.get(toks.get(first).lower());
        int content = 0;
        for (int k = first; k <= last; k++) {
            // a noun that only names a stance ("the demand") is no content of its own
            content += lex.isContent(toks.get(k).lower()) && !lex.bare.contains(toks.get(k).lower()) ? 1 : 0;
        }
        if (last == first + 1 && ReferringStances.refers(lex.language, toks.get(first).lower(), toks.get(last).lower())) {
            return text.substring(toks.get(first).start(), toks.get(last).end()); // "this demand": Answers reads it
        }
        if (content == 0 || (kind != null && ("none".equals(kind) || last - first < 2)) || pronounObject(toks, first, last)) {
            return null;
        }
        int start = toks.get(first).start() + Words.elidedMarker(lex.markers, toks.get(first)); // "d'imposer …"
        StringBuilder kept = new StringBuilder(text.substring(start, toks.get(last).end()));
        for (int k = skipped.size() - 1; k >= 0; k--) {
            int[] cut = skipped.get(k);
            if (cut[1] <= toks.get(last).end()) {
                kept.delete(cut[0] - start, cut[1] - start);
            }
        }
        String out = kept.toString()
                .replaceAll("[\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]", "").replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? null : out;
    }

    /**
     * Whether a comma at {@code i} opens a list of short items ending in "and"/"or" ("non-expansion, Ukraine,
     * Georgia and other countries' membership"): then it is no clause break.
     */
    private boolean listFollows(List<Words.Tok> toks, int i, int limit) {
        int items = 0;
        for (int k = i + 1; k < toks.size() && toks.get(k).end() <= limit; k++) {
            Words.Tok t = toks.get(k);
            if (t.lower().equals("and") || t.lower().equals("or") || lex.coordinators.contains(t.lower())) {
                return items > 0 && items <= 3 && k + 1 < toks.size() && toks.get(k + 1).isWord();
            }
            if (t.lower().equals(",")) {
                if (items == 0 || items > 3) {
                    return false;
                }
                items = 0;
                continue;
            }
            if (!t.isWord() && !t.isQuoteMark() && !"-'".contains(t.lower())) {
                return false;
            }
            if (t.isWord() && (lex.stops.contains(t.lower()) || StanceLexicon.match(lex.clausePhrases, toks, k) != null)) {
                return false;
            }
            if (items == 0 && t.isWord() && !Character.isUpperCase(text.charAt(t.start()))) {
                return false;
            }
            items += t.isWord() ? 1 : 0;
        }
        return false;
    }

    /**
     * Whether the proposition's object is a bare pronoun standing for something said before ("accept this as an
     * alternative", "discuss that"): its content cannot be read from the clause.
     */
    private boolean pronounObject(List<Words.Tok> toks, int first, int last) {
        String second = first + 1 > last ? "" : toks.get(first + 1).lower();
        if (!"none".equals(lex.pronouns.get(second)) || lex.markers.contains(second)) {
            return false;
        }
        return first + 1 == last || lex.functionWords.contains(toks.get(first + 2).lower())
                || lex.nonSubject.contains(toks.get(first + 2).lower());
    }

    /** Whether token {@code next} continues the name that token {@code last} is in ("Eastern | Europe"). */
    private boolean withinName(Words.Tok last, Words.Tok next) {
        return names.stream().anyMatch(n -> n[0] <= last.start() && last.end() < n[1] && next.start() < n[1]);
    }

    /** The closing comma of an inserted example opened by the comma at {@code i} (", such as …,"), or -1. */
    private int insertEnd(List<Words.Tok> toks, int i, int limit) {
        if (i + 1 >= toks.size() || StanceLexicon.match(lex.inserts, toks, i + 1) == null) {
            return -1;
        }
        for (int k = i + 2; k < toks.size() && k <= i + 10 && toks.get(k).end() <= limit; k++) {
            String w = toks.get(k).lower();
            if (w.equals(",")) {
                return k;
            }
            if (BREAKS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a proposition reads as a garbled clause: in a language whose common words are lower case, a
     * capitalised word after the first that is no name, no acronym and no country word, and that the article itself
     * writes in lower case elsewhere or that opens a quoted fragment ("will do no “Concession”", "should not take
     * Months"), or the second such word ("Arms control Forced deployment") — what
     * machine translation leaves, which cannot be read as actor, stance and object. A capital word the article never
     * writes in lower case is taken for a name the tagger missed ("expand Arctic drilling").
     */
    private boolean garbled(List<Words.Tok> toks, int first, int last) {
        if (!lex.capitalsMarkGarble) {
            return false;
        }
        int capitals = 0;
        for (int k = first; k <= last; k++) {
            Words.Tok t = toks.get(k);
            String surface = text.substring(t.start(), t.end());
            if (!t.isWord() || !Character.isUpperCase(surface.charAt(0)) || surface.equals(surface.toUpperCase(java.util.Locale.ROOT))
                    || names.stream().anyMatch(n -> n[0] <= t.start() && t.start() < n[1]) || Countries.of(surface) != null
                    || (k > 0 && toks.get(k - 1).lower().equals("-"))) {
                continue;
            }
            capitals++;
            if (k > first && (toks.get(k - 1).isQuoteMark() || writtenLowerElsewhere(t.lower()) || capitals >= 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the proposition holds the first word of a paired conjunction without its partner after it ("it will
     * either make concessions …" cut before "or …"): a dangling clause.
     */
    private boolean dangling(List<Words.Tok> toks, int first, int last) {
        for (int k = first; k <= last; k++) {
            String partner = lex.correlatives.get(toks.get(k).lower());
            if (partner == null) {
                continue;
            }
            boolean found = false;
            for (int j = k + 1; j <= last && !found; j++) {
                found = toks.get(j).lower().equals(partner);
            }
            if (!found) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the proposition only names parties: a name (not a possessive) joined by a coordinator to a short
     * phrase with no function word ("rules out the US and military alliance"): no action or thing is readable.
     */
    private boolean partiesOnly(List<Words.Tok> toks, int first, int last) {
        int[] name = names.stream().filter(n -> n[0] == toks.get(first).start()).findFirst().orElse(null);
        if (name == null) {
            return false;
        }
        int k = first;
        while (k <= last && toks.get(k).end() <= name[1]) {
            k++;
        }
        if (k > last || !(toks.get(k).lower().equals(",") || lex.coordinators.contains(toks.get(k).lower()))
                || text.substring(toks.get(k - 1).end(), Math.min(text.length(), toks.get(k - 1).end() + 2)).matches("['’].*")) {
            return false;
        }
        int words = 0;
        for (int j = k + 1; j <= last; j++) {
            String w = toks.get(j).lower();
            if (lex.functionWords.contains(w) && !lex.articles.contains(w) || w.endsWith("'s") || w.endsWith("’s")
                    || w.equals("'") || w.equals("’")) {
                return false;
            }
            words += toks.get(j).isWord() ? 1 : 0;
        }
        return words > 0 && words <= 3;
    }

    /**
     * Whether a proposition read from a relative clause ("the plan that X wants to change by …") has lost its
     * object: its first word, in lower case, is followed straight by a function word that is no article.
     */
    boolean lostObject(String proposition) {
        String[] w = proposition.split("\\s+");
        if (w.length < 2 || w[0].isEmpty() || !Character.isLowerCase(w[0].charAt(0))) {
            return false;
        }
        String next = w[1].toLowerCase(java.util.Locale.ROOT);
        return lex.functionWords.contains(next) && !lex.articles.contains(next);
    }

    /** Whether the text writes the word in lower case (also with a plural -s added or taken off). */
    private boolean writtenLowerElsewhere(String lower) {
        String stem = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(stem) + "s?(?![\\p{L}])")
                .matcher(text).find();
    }

    /** The first token from {@code i} on past a time expression before {@code limit} ("respinto martedì le accuse"). */
    int afterTimes(List<Words.Tok> toks, int i, int limit) {
        return timeStops.after(toks, i, limit);
    }

    /** "and that" / "or that": a parallel complement begins. */
    private static boolean parallelFollows(List<Words.Tok> toks, int i) {
        String w = toks.get(i).lower();
        return (w.equals("and") || w.equals("or")) && i + 1 < toks.size() && toks.get(i + 1).lower().equals("that");
    }

    /** A coordinator ("and", "y", "et", "und") right before another stance word: a new verb phrase begins. */
    private boolean stanceFollows(List<Words.Tok> toks, int i) {
        String w = toks.get(i).lower();
        if (!w.equals("and") && !w.equals("or") && !lex.coordinators.contains(w)) {
            return false;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 4); k++) {
            StanceLexicon.Phrase p = StanceLexicon.match(lex.clausePhrases, toks, k);
            if (p != null && !lex.offerConditions.contains(p.words())) { // "cheese and wine if …" goes on
                return true;
            }
        }
        return false;
    }
}
