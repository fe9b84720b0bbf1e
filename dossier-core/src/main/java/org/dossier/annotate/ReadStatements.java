package org.dossier.annotate;

/**
 * Read on English tags, who a statement read out for someone speaks for: "A statement from Derek Amos, 77, who was
 * not well enough to attend, was read to the court by a police officer. "…," it said." The "it" of the quote's
 * reporting clause is the statement, which speaks for the one after "from" (a statement noun of
 * {@code attribution.txt}), not for the one who read it nor for the last person named.
 */
final class ReadStatements {
    private ReadStatements() {}

    /**
     * The speaker of an "it" reporting a quote at {@code pos}: the one a statement noun with "from" names in the
     * quote's paragraph before the quote, where that phrase opens a sentence ("A statement from X …"); else none.
     */
    static Attribution from(SpeakerContext c, int pos) {
        if (!c.rules.lemmas) {
            return Attribution.NONE;
        }
        int para = c.doc.paragraphAt(pos);
        if (para < 0) {
            return Attribution.NONE;
        }
        int paraStart = c.doc.paragraphs().get(para)[0];
        for (int k = c.firstTokAt(pos) - 1; k >= 0 && c.toks.get(k).begin() >= paraStart; k--) {
            if (c.quoted[k] || !"DT".equals(c.toks.get(k).pos())
                    || k > 0 && c.toks.get(k - 1).sentence() == c.toks.get(k).sentence()) {
                continue;
            }
            int from = c.rules.statementAfter(c.toks, k);
            if (from > 0 && from < c.toks.size() && !c.quoted[from]) {
                int[] np = Phrases.after(c.rules, c.toks, from);
                Attribution a = np[1] > np[0] ? c.resolvePhrase(np, pos) : Attribution.NONE;
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        return Attribution.NONE;
    }
}
