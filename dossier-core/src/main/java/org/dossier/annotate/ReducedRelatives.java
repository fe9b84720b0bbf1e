package org.dossier.annotate;

/**
 * Read on English tags, whether the subject of a describing verb in a quote's sentence opens a relative clause on a
 * noun before it, with no relative pronoun: "a problem Oduya calls "…"", "a price its founder, Theo Garland, called
 * "…"". The subject then speaks the quote though it does not open the sentence. Used by
 * {@link SpeakerFromStructure#sentenceSubject}. Also whether a reporting verb is a participle describing the noun
 * before it ("the side effects reported in the trial were mild"), no clause of its own, so that no speaker is
 * looked for in its subject ({@link #describesNounBefore}); and whether a reporting verb stands in a relative
 * clause opened by a preposition and "which" ("a letter in which an engineer wrote that …"), the words of a document
 * read out, not of anyone speaking there ({@link #inPrepositionalRelative}).
 */
final class ReducedRelatives {
    private static final int MAX_ROLE = 4;

    private ReducedRelatives() {}

    /**
     * Whether the subject phrase {@code np} of sentence {@code sentence} follows a common noun right before it ("a
     * problem Oduya") or a role phrase opening with a determiner or possessive that follows one, set off by a comma
     * ("a price its founder, Theo Garland,").
     */
    static boolean opens(SpeakerContext c, int[] np, int sentence) {
        int k = np[0] - 1;
        if (k < 0 || c.toks.get(k).sentence() != sentence || c.quoted[k]) {
            return false;
        }
        if (commonNoun(c.toks.get(k))) {
            return true;
        }
        if (!c.toks.get(k).word().equals(",")) {
            return false;
        }
        int role = k - 1;
        while (role > 0 && k - role <= MAX_ROLE && c.toks.get(role).sentence() == sentence && !c.quoted[role]
                && nominal(c.toks.get(role))) {
            String pos = c.toks.get(role).pos();
            if ("PRP$".equals(pos) || "DT".equals(pos)) {
                return role < k - 1 && commonNoun(c.toks.get(role - 1)) && c.toks.get(role - 1).sentence() == sentence;
            }
            role--;
        }
        return false;
    }

    /**
     * Read on English tags, whether token {@code j} is a past participle (not of "say") right after a common noun of
     * its sentence and before a preposition: "the side effects reported in the trial", "figures released by the
     * ministry". Such a verb reports nothing of its own; the noun before it is no speaker.
     */
    static boolean describesNounBefore(SpeakerContext c, int j) {
        if (!c.rules.lemmas || j < 1 || j + 1 >= c.toks.size()) {
            return false;
        }
        TaggedToken t = c.toks.get(j);
        TaggedToken before = c.toks.get(j - 1);
        return "VBN".equals(t.pos()) && !"say".equals(t.lemma()) && commonNoun(before) && !c.quoted[j - 1]
                && before.sentence() == t.sentence() && "IN".equals(c.toks.get(j + 1).pos());
    }

    private static boolean commonNoun(TaggedToken t) {
        return "NN".equals(t.pos()) || "NNS".equals(t.pos());
    }

    private static boolean nominal(TaggedToken t) {
        String pos = t.pos();
        return pos != null && (pos.startsWith("NN") || "JJ".equals(pos) || "PRP$".equals(pos) || "DT".equals(pos));
    }

    /** Whether the subject of the reporting verb at {@code j} follows "in which", "from which" and the like. */
    static boolean inPrepositionalRelative(SpeakerContext c, int j) {
        int k = Phrases.subjectOf(c.rules, c.toks, j)[0] - 1;
        return c.rules.lemmas && k > 0 && k < j && c.toks.get(k).lower().equals("which")
                && "IN".equals(c.toks.get(k - 1).pos());
    }
}
