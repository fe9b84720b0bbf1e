package org.dossier.annotate;

/**
 * Read on English tags, a he/she that takes up the he/she of an earlier reporting clause: "Speaking on the steps,
 * he said he had thought about the family. "…," he said. / He said prison had cost him his marriage. "…"" is the
 * one the earlier clause's quote was read as, not a person of the same gender named in a paragraph before it. Used
 * by {@link SpeakerContext#recentSubject} when the latest reporting verb before a pronoun has a pronoun subject.
 */
final class PronounChains {
    private PronounChains() {}

    /**
     * The named speaker read for the quote of the reporting verb at {@code verb}, whose subject is the pronoun at
     * {@code subject}, when that pronoun is of {@code gender} and the quote stands in the verb's sentence; else none.
     */
    static Attribution speakerOf(SpeakerContext c, int verb, int subject, String gender) {
        String own = c.rules.pronouns.get(c.toks.get(subject).lower());
        if (own == null || gender == null || !own.equals(gender)) {
            return Attribution.NONE;
        }
        int sentence = c.toks.get(verb).sentence();
        for (int k = 0; k < c.resolvedSoFar.size() && k < c.quotes.size(); k++) {
            QuoteSpan q = c.quotes.get(k);
            int first = c.firstTokAt(q.start());
            int last = Math.max(first, c.firstTokAt(q.end()) - 1);
            boolean same = first < c.toks.size() && c.toks.get(first).sentence() == sentence
                    || last < c.toks.size() && c.toks.get(last).sentence() == sentence;
            Attribution a = c.resolvedSoFar.get(k);
            if (same && a.speaker() != null && c.names.isPerson(a.speaker()) && c.fits(a.speaker(), gender)) {
                return a;
            }
        }
        return Attribution.NONE;
    }
}
