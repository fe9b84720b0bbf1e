package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Read on English tags, a verb and the particle right after it that report speech together though the verb alone
 * does not ("…," Mr Pennick shot back; "She hit back: "…""): the verb's lemma becomes the pair ("shoot back"), so a
 * reporting-verbs line holding the pair ({@code reporting-verbs.txt}) makes it a reporting verb like any other.
 */
final class PhrasalVerbs {
    private PhrasalVerbs() {}

    /** {@code doc} with the lemmas of such verbs joined to their particles; {@code doc} itself where there are none. */
    static AnnotatedText joined(AnnotatedText doc, QuoteRules rules) {
        if (!rules.lemmas) {
            return doc;
        }
        List<TaggedToken> toks = doc.toks();
        List<TaggedToken> out = null;
        for (int i = 0; i + 1 < toks.size(); i++) {
            TaggedToken t = toks.get(i);
            TaggedToken next = toks.get(i + 1);
            if (!t.isVerb() || t.lemma() == null || next.sentence() != t.sentence()) {
                continue;
            }
            String pair = t.lemma().toLowerCase(Locale.ROOT) + " " + next.lower();
            if (rules.reportingVerbs.contains(pair)) {
                out = out == null ? new ArrayList<>(toks) : out;
                out.set(i, new TaggedToken(t.begin(), t.end(), t.word(), t.pos(), pair, t.ner(), t.sentence()));
            }
        }
        return out == null ? doc
                : new AnnotatedText(doc.text(), List.copyOf(out), doc.sentences(), doc.paragraphs(), doc.entities());
    }
}
