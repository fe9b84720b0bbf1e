package org.dossier.annotate;

import java.util.List;

/**
 * Speakers named before their quote: X said: "…" / according to X, "…" / a reporting verb earlier in the quote's
 * sentence / a named subject in the sentence before ("Brenner was blunt. "…""). Use through {@link SpeakerFinder}.
 */
final class SpeakerBeforeQuote {
    private final SpeakerContext c;
    private final AnnotatedText doc;
    private final List<TaggedToken> toks;
    private final boolean[] quoted;
    private final QuoteRules rules;

    SpeakerBeforeQuote(SpeakerContext c) {
        this.c = c;
        this.doc = c.doc;
        this.toks = c.toks;
        this.quoted = c.quoted;
        this.rules = c.rules;
    }

    /** X said: "…" / according to X, "…" / a reporting verb earlier in the quote's sentence. */
    Attribution beforeQuote(int k) {
        QuoteSpan q = c.quotes.get(k);
        int open = c.firstTokAt(q.outerStart());
        int sentence = open < toks.size() ? toks.get(open).sentence() : -1;
        int from = open;
        while (from > 0 && toks.get(from - 1).sentence() == sentence && !quoted[from - 1]) {
            from--;
        }
        int end = open;
        while (end > from && (toks.get(end - 1).isPunct() || toks.get(end - 1).lower().equals("that"))) {
            end--;
        }
        for (int j = end - 1; j >= from; j--) {
            TaggedToken t = toks.get(j);
            int source = rules.sourceBeforeEndingAt(toks, j);
            if (source > 0 && j - source + 1 >= from) {
                int[] np = Phrases.after(rules, toks, j + 1);
                boolean toComma = end < toks.size() && toks.get(end).word().equals(",") && end - j <= 10;
                return c.resolvePhrase(new int[] {j + 1, rules.lemmas || toComma ? end : Math.min(end, np[1])},
                        q.start()); // "Según fuentes del Ministerio, «…»": the source runs to the comma
            }
            if (rules.sourceAfter.contains(t.lower()) && j > from) {
                return c.resolvePhrase(Phrases.subjectOf(rules, toks, j), q.start());
            }
            if (rules.isReportingVerb(t) && !quoted[j]) {
                return c.resolvePhrase(c.speakerOfVerb(j), q.start());
            }
        }
        return Attribution.NONE;
    }

    /**
     * "Brenner was blunt. "This budget is a fantasy."": a quote opening its sentence after a sentence of the same
     * paragraph, without quotes, whose subject is a name and whose verb follows it: that name speaks.
     */
    Attribution introducedBy(QuoteSpan q) {
        int open = c.firstTokAt(q.outerStart());
        if (open <= 0 || open >= toks.size() || toks.get(open - 1).sentence() == toks.get(open).sentence()) {
            return Attribution.NONE;
        }
        int sentence = toks.get(open - 1).sentence();
        int first = open - 1;
        while (first > 0 && toks.get(first - 1).sentence() == sentence) {
            first--;
        }
        if (doc.paragraphAt(toks.get(first).begin()) != doc.paragraphAt(q.start())) {
            return Attribution.NONE;
        }
        for (int j = first; j < open; j++) {
            if (quoted[j]) {
                return Attribution.NONE;
            }
        }
        int end = first;
        while (end < open && "NNP".equals(toks.get(end).pos())) {
            end++;
        }
        if (end == first || end >= open || !toks.get(end).isVerb()) {
            return Attribution.NONE;
        }
        Attribution a = c.resolvePhrase(new int[] {first, end}, q.start());
        return a.speaker() != null ? a : Attribution.NONE;
    }
}
