package org.dossier.annotate;

/**
 * Read on English tags, the unnamed person a he/she of a quote's paragraph stands for when no one is named there:
 * "A senior nurse in the emergency department, who spoke on condition of anonymity, described conditions as the
 * worst in her career. "…," she said." and "Another employee, a designer …, said the mood had been bleak. "…," he
 * said." are the quotes of "A senior nurse" and "Another employee": the latest sentence of the paragraph before the
 * quote that opens, outside quotes, with an indefinite determiner ("a", "an", "another", "one"), at most three
 * modifiers and a person's noun.
 */
final class UnnamedOpeners {
    private static final int MAX_MODIFIERS = 3;
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "another", "one");

    private UnnamedOpeners() {}

    /** The description opening a sentence of the paragraph from {@code paraStart} before {@code pos}, else none. */
    static Attribution of(SpeakerContext c, int paraStart, int pos) {
        if (!c.rules.lemmas) {
            return Attribution.NONE;
        }
        for (int i = c.firstTokAt(pos) - 1; i >= 0 && c.toks.get(i).begin() >= paraStart; i--) {
            if (c.quoted[i] || i > 0 && c.toks.get(i - 1).sentence() == c.toks.get(i).sentence()
                    || !DETERMINERS.contains(c.toks.get(i).lower())) {
                continue;
            }
            int j = i + 1;
            while (j < c.toks.size() && j - i <= MAX_MODIFIERS && modifier(c.toks.get(j))
                    && !(head(c.toks.get(j)) && !continues(c, j))) {
                j++;
            }
            if (j < c.toks.size() && head(c.toks.get(j)) && !c.quoted[j]) {
                return new Attribution(null, c.doc.text().substring(c.toks.get(i).begin(), c.toks.get(j).end()));
            }
        }
        return Attribution.NONE;
    }

    /** Whether the noun at {@code j} is followed by another noun of the phrase ("a police officer"). */
    private static boolean continues(SpeakerContext c, int j) {
        return j + 1 < c.toks.size() && "NN".equals(c.toks.get(j + 1).pos());
    }

    private static boolean head(TaggedToken t) {
        return "NN".equals(t.pos()) && CoreNlpLists.isAnimate(t.word());
    }

    private static boolean modifier(TaggedToken t) {
        String p = t.pos() == null ? "" : t.pos();
        return p.equals("JJ") || p.equals("NNP") || p.equals("NN") || p.equals("VBN");
    }
}
