package org.dossier.annotate;

import java.util.List;

/**
 * Speakers named before their quote: X said: "…" / according to X, "…" / a reporting verb earlier in the quote's
 * sentence / a named subject in the sentence before ("Brenner was blunt. "…"") / "asked by X, "…?"". Use through {@link SpeakerFinder}.
 */
final class SpeakerBeforeQuote {
    private final SpeakerContext c;

    SpeakerBeforeQuote(SpeakerContext c) {
        this.c = c;
    }

    /** X said: "…" / according to X, "…" / a reporting verb earlier in the quote's sentence. */
    Attribution beforeQuote(int k) {
        QuoteSpan q = c.quotes.get(k);
        int open = c.firstTokAt(q.outerStart());
        int sentence = open < c.toks.size() ? c.toks.get(open).sentence() : -1;
        int from = open;
        while (from > 0 && c.toks.get(from - 1).sentence() == sentence && !c.quoted[from - 1]) {
            from--;
        }
        int end = open;
        while (end > from && (c.toks.get(end - 1).isPunct() || c.toks.get(end - 1).lower().equals("that"))) {
            end--;
        }
        for (int j = end - 1; j >= from; j--) {
            TaggedToken t = c.toks.get(j);
            int source = c.rules.sourceBeforeEndingAt(c.toks, j);
            if (source > 0 && j - source + 1 >= from) {
                int[] np = Phrases.after(c.rules, c.toks, j + 1);
                boolean toComma = end < c.toks.size() && c.toks.get(end).word().equals(",") && end - j <= 10;
                return c.resolvePhrase(new int[] {j + 1, c.rules.lemmas || toComma ? end : Math.min(end, np[1])},
                        q.start()); // "Según fuentes del Ministerio, «…»": the source runs to the comma
            }
            if (c.rules.sourceAfter.contains(t.lower()) && j > from) {
                return c.resolvePhrase(Phrases.subjectOf(c.rules, c.toks, j), q.start());
            }
            if ((c.rules.isReportingVerb(t) && !c.rules.bareVerbWithObject(c.toks, j)
                    || c.rules.readsStatement(c.toks, j)) && !c.quoted[j]) {
                return c.resolvePhrase(c.speakerOfVerb(j), q.start());
            }
        }
        return Attribution.NONE;
    }

    /**
     * "Asked by a reporter, "Did you know?", Mbeki said": a question in quotes right after "asked by X," is X's
     * (the answer's speaker, named after it, does not ask it); else none.
     */
    Attribution askedBy(QuoteSpan q) {
        String inside = c.doc.text().substring(q.start(), q.end()).strip();
        if (!c.rules.lemmas || !inside.endsWith("?")) {
            return Attribution.NONE;
        }
        int end = c.firstTokAt(q.outerStart());
        while (end > 0 && c.toks.get(end - 1).isPunct() && !c.quoted[end - 1]) {
            end--;
        }
        int by = end - 1;
        while (by > 0 && end - by <= 6 && !c.toks.get(by).lower().equals("by") && !c.quoted[by]) {
            by--;
        }
        if (by < 1 || by >= end - 1 || !c.toks.get(by).lower().equals("by")
                || !"ask".equals(c.toks.get(by - 1).lemma())) {
            return Attribution.NONE;
        }
        return c.resolvePhrase(new int[] {by + 1, end}, q.start());
    }

    /**
     * "Brenner was blunt. "This budget is a fantasy."": a quote opening its sentence after a sentence of the same
     * paragraph, without quotes, whose subject names a person (perhaps after a role: "Highways manager Clive Oduya
     * took the next question."), perhaps with an apposition or an "of" phrase after the name, or is a he/she ("She
     * remembers the night the trawler lost power. "…"": the person the pronoun stands for) and whose verb follows it:
     * that person speaks; an indefinite description of one person as that subject speaks unnamed.
     */
    Attribution introducedBy(QuoteSpan q) {
        int open = c.firstTokAt(q.outerStart());
        if (open <= 0 || open >= c.toks.size() || c.toks.get(open - 1).sentence() == c.toks.get(open).sentence()) {
            return Attribution.NONE;
        }
        int sentence = c.toks.get(open - 1).sentence();
        int first = open - 1;
        while (first > 0 && c.toks.get(first - 1).sentence() == sentence) {
            first--;
        }
        if (c.doc.paragraphAt(c.toks.get(first).begin()) != c.doc.paragraphAt(q.start())) {
            return Attribution.NONE;
        }
        for (int j = first; j < open; j++) {
            if (c.quoted[j]) {
                return Attribution.NONE;
            }
        }
        if (first + 1 < open && c.rules.pronouns.containsKey(c.toks.get(first).lower())
                && (!c.rules.lemmas || "PRP".equals(c.toks.get(first).pos())) && c.toks.get(first + 1).isVerb()) {
            Attribution a = c.resolvePhrase(new int[] {first, first + 1}, q.start()); // "She remembers the night …"
            return a.speaker() != null ? a : Attribution.NONE;
        }
        int end = first;
        while (end < open && end - first < 6 && Phrases.isNounish(c.toks.get(end))
                && !c.toks.get(end).pos().startsWith("PRP")) {
            end++; // "Highways manager Clive Oduya took the next question."
        }
        if (end == first || end >= open) {
            return Attribution.NONE;
        }
        if (c.rules.lemmas && isIndefinite(c.toks.get(first)) && end - first > 1) {
            return unnamedSubject(first, end, open, q.start()); // "A European diplomat who … was cautious. "…""
        }
        int verb = c.rules.lemmas ? afterQualifier(end, open) : end;
        if (verb >= open || !c.toks.get(verb).isVerb()
                || !allProper(first, end) && !c.names.namesPerson(c.toks.get(first).begin(), c.toks.get(end - 1).end())) {
            return Attribution.NONE;
        }
        Attribution a = c.resolvePhrase(new int[] {first, end}, q.start());
        return a.speaker() != null ? a : Attribution.NONE;
    }

    /**
     * The token after what qualifies a subject's name ending before {@code end}: an apposition set off by commas
     * ("Sanjay Rao, a member of the committee, turned to pay") or an "of" phrase of capitalised words ("Ravi Menon of
     * Castlegate Securities pressed …"); {@code end} itself when neither follows.
     */
    private int afterQualifier(int end, int open) {
        TaggedToken t = c.toks.get(end);
        if (t.word().equals(",")) {
            for (int k = end + 1; k < open && k - end <= APPOSITION_TOKENS; k++) {
                if (c.toks.get(k).word().equals(",")) {
                    return k + 1;
                }
                if (c.toks.get(k).isVerb() && !"VBN".equals(c.toks.get(k).pos()) && !"VBG".equals(c.toks.get(k).pos())) {
                    return end; // "Rao, who …, said" or a clause: no apposition
                }
            }
            return end;
        }
        if (t.lower().equals("of")) {
            int k = end + 1;
            while (k < open && c.toks.get(k).pos() != null && c.toks.get(k).pos().startsWith("NNP")) {
                k++;
            }
            return k > end + 1 ? k : end;
        }
        return end;
    }

    private static final int APPOSITION_TOKENS = 12;

    /**
     * A sentence whose subject is an indefinite description of one person, its head noun one of people ("A European
     * diplomat who attended the session was cautious."), followed by a relative clause or its verb: that unnamed
     * speaker, by the description; else none.
     */
    private Attribution unnamedSubject(int first, int end, int open, int pos) {
        TaggedToken head = c.toks.get(end - 1);
        TaggedToken next = c.toks.get(end);
        boolean follows = next.isVerb() || "WP".equals(next.pos());
        if (!"NN".equals(head.pos()) || !CoreNlpLists.isAnimate(head.word()) || !follows) {
            return Attribution.NONE;
        }
        if (c.names.namesSomeone(new int[] {first, end})) {
            return Attribution.NONE; // a person or organisation in it ("a spokesman for X"): the name rules read it
        }
        return new Attribution(null, c.doc.text().substring(c.toks.get(first).begin(), head.end()));
    }

    private static boolean isIndefinite(TaggedToken t) {
        return t.lower().equals("a") || t.lower().equals("an") || t.lower().equals("one"); // "One reporter pressed …"
    }

    private boolean allProper(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!"NNP".equals(c.toks.get(k).pos())) {
                return false;
            }
        }
        return true;
    }
}
