package org.dossier.annotate;

import java.util.List;
import java.util.Set;
import org.dossier.model.EntityType;

/** Finds the noun phrase that names a speaker next to a reporting verb, on CoreNLP tokens. */
final class Phrases {
    private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "PRP",
            "PRP$", "CD", "HYPH", "NML");
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("RB", "MD", "RBR", "VBZ", "VBD", "VBP");
    private static final int MAX = 12;

    private Phrases() {}

    static boolean isNounish(TaggedToken t) {
        boolean timeWord = t.ner() != null && (t.ner().equals("DATE") || t.ner().equals("TIME")
                || t.ner().equals("DURATION"));
        return !timeWord && (NP_TAGS.contains(t.pos()) || t.word().equals("'s") || t.word().equals("’s"));
    }

    /** Index range [from, to) of the phrase right after {@code i} ("said a US official on Monday"). */
    static int[] after(List<TaggedToken> toks, int i) {
        int j = i;
        while (j < toks.size() && j - i < MAX) {
            TaggedToken t = toks.get(j);
            boolean keep = isNounish(t) || t.lower().equals("of") || t.lower().equals("for");
            if (!keep || Lexicon.SPEAKER_STOP_WORDS.contains(t.lower()) || t.sentence() != toks.get(i).sentence()) {
                break;
            }
            j++;
        }
        while (j > i && !isHead(toks.get(j - 1))) {
            j--;
        }
        return new int[] {i, j};
    }

    /** Index range [from, to) of the subject phrase ending before the verb at {@code verb}. */
    static int[] subjectOf(List<TaggedToken> toks, int verb) {
        int main = mainVerbBefore(toks, verb);
        if (main >= 0) {
            return subjectOf(toks, main);
        }
        int j = verb - 1;
        while (j >= 0 && SKIP_BEFORE_VERB.contains(toks.get(j).pos()) && verb - j <= 3) {
            j--;
        }
        if (j >= 0 && toks.get(j).word().equals(",")) {
            int person = personBefore(toks, j, toks.get(verb).sentence());
            if (person >= 0) {
                return before(toks, person + 1);
            }
            j--;
        }
        return before(toks, j + 1);
    }

    /**
     * For a participle after a comma ("He gave no figure, saying only that ..."), the finite verb of the clause it
     * hangs on, whose subject is the speaker; else -1.
     */
    private static int mainVerbBefore(List<TaggedToken> toks, int verb) {
        if (!toks.get(verb).pos().equals("VBG") || verb < 2 || !toks.get(verb - 1).word().equals(",")) {
            return -1;
        }
        for (int k = verb - 2; k >= 0 && toks.get(k).sentence() == toks.get(verb).sentence(); k--) {
            if (FINITE.contains(toks.get(k).pos())) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private static int[] before(List<TaggedToken> toks, int end) {
        int i = end;
        while (i > 0 && end - i < MAX && isNounish(toks.get(i - 1))
                && toks.get(i - 1).sentence() == toks.get(end - 1).sentence()) {
            i--;
        }
        return new int[] {i, end};
    }

    /**
     * The last PERSON token within 20 tokens before {@code j} in the same sentence, or -1. A name followed by a
     * possessive ("Norvik Power's chief engineer") is the possessor, not the subject, and is passed over.
     */
    private static int personBefore(List<TaggedToken> toks, int j, int sentence) {
        for (int k = j - 1; k >= 0 && j - k <= 20 && toks.get(k).sentence() == sentence; k--) {
            if (!EntityType.PERSON.is(toks.get(k).ner()) || toks.get(k).pos().startsWith("PRP")) {
                continue;
            }
            if (k + 1 < toks.size() && toks.get(k + 1).pos().equals("POS")) {
                while (k > 0 && EntityType.PERSON.is(toks.get(k - 1).ner())) {
                    k--;
                }
                continue;
            }
            return k;
        }
        return -1;
    }

    private static boolean isHead(TaggedToken t) {
        return t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("CD");
    }
}
