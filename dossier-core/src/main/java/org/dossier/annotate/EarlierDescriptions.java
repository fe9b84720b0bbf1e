package org.dossier.annotate;

/**
 * Read on English tags, the unnamed person a "the" phrase takes up again when no reporting clause introduced them:
 * "According to a Polish official familiar with the talks, … "…," the official said." and "A Romanian diplomat
 * gave a different account. "…," the diplomat said." are the quotes of "a Polish official" and "a Romanian
 * diplomat": the latest phrase before, in the quote's paragraph or the two before and outside quotes, of an
 * indefinite article, at most three modifiers and the same head noun, a person's, when that phrase is no subject of a reporting verb of its own sentence (there
 * the reporting clause introduces them).
 */
final class EarlierDescriptions {
    private static final int MAX_MODIFIERS = 3;

    private EarlierDescriptions() {}

    /** The description "a … {@code head}" latest before {@code pos}, else none. */
    static Attribution of(SpeakerContext c, String head, int pos) {
        if (!c.rules.lemmas) {
            return Attribution.NONE;
        }
        int para = c.doc.paragraphAt(pos);
        int windowStart = c.doc.paragraphs().get(Math.max(0, para - 2))[0];
        for (int j = c.firstTokAt(pos) - 1; j > 0 && c.toks.get(j).begin() >= windowStart; j--) {
            TaggedToken t = c.toks.get(j);
            if (c.quoted[j] || !t.lower().equals(head) || t.pos() == null || !t.pos().equals("NN")) {
                continue;
            }
            int k = j - 1;
            while (k >= 0 && j - k <= MAX_MODIFIERS && modifier(c.toks.get(k))) {
                k--;
            }
            String det = k >= 0 ? c.toks.get(k).lower() : "";
            if ((det.equals("a") || det.equals("an")) && !c.quoted[k] && CoreNlpLists.isAnimate(t.word())
                    && !reportsItself(c, k, j)) {
                return new Attribution(null, c.doc.text().substring(c.toks.get(k).begin(), t.end()));
            }
        }
        return Attribution.NONE;
    }

    /**
     * Whether a reporting verb follows the phrase from {@code det} in its sentence ("A senior official …, who spoke
     * on condition of anonymity, said …"): a reporting clause, whose own rule reads its subject.
     */
    private static boolean reportsItself(SpeakerContext c, int det, int head) {
        int sentence = c.toks.get(head).sentence();
        for (int v = head + 1; v < c.toks.size() && c.toks.get(v).sentence() == sentence; v++) {
            if (!c.quoted[v] && c.rules.isReportingVerb(c.toks.get(v))) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifier(TaggedToken t) {
        String p = t.pos() == null ? "" : t.pos();
        return p.equals("JJ") || p.equals("NNP") || p.equals("NNPS") || p.equals("NN") || p.equals("VBN")
                || p.equals("HYPH") || t.word().equals("-");
    }
}
