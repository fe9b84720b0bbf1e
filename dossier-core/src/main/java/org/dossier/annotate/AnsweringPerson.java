package org.dossier.annotate;

import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Who answers a question, for a he/she after it: the person asked ("…?" Fry asked Renner. / "…," she said. is
 * Renner's), read by {@link SpeakerContext#recentSubject} from the verb "ask" before the pronoun's quote.
 */
final class AnsweringPerson {
    private AnsweringPerson() {}

    /**
     * "A reporter asked Calloway, "Is this book about your mother?" / "…," she replied.": the person right after
     * the verb "ask" (or after a role set off by a comma: "asked the treasurer, Tom Obi,") when a comma or colon and
     * a quote follow them, a question word follows them ("asked Otieno whether …") or a quoted question stands right
     * before the clause (""…?" Fry asked Renner."), whose name fits {@code gender}: the one asked answers; else null.
     */
    static EntityMention asked(SpeakerContext c, int j, int pos, String gender) {
        if (asksAgain(c, pos) || !"ask".equals(c.toks.get(j).lemma()) || j + 1 >= c.toks.size()) {
            return null;
        }
        int at = j + 1;
        while (at < c.toks.size() && at - j <= 4 && !EntityType.PERSON.is(c.toks.get(at).ner())
                && Phrases.isNounish(c.toks.get(at)) && !c.toks.get(at).pos().equals("PRP")) {
            at++; // "asked the treasurer, Tom Obi," / "asked his rival, Paul Crane"
        }
        at = at > j + 1 && at < c.toks.size() && c.toks.get(at).word().equals(",") ? at + 1 : at;
        EntityMention e = at < c.toks.size() ? c.doc.entityAt(c.toks.get(at).begin()) : null;
        if (e == null || !EntityType.PERSON.is(e.type()) || e.start() != c.toks.get(at).begin()) {
            return null;
        }
        int k = at;
        while (k < c.toks.size() && c.toks.get(k).end() <= e.end()) {
            k++;
        }
        boolean quoteNext = k + 1 < c.toks.size() && c.quoted[k + 1]
                && (c.toks.get(k).word().equals(",") || c.toks.get(k).word().equals(":"));
        int next = at > j + 1 && k + 1 < c.toks.size() && c.toks.get(k).word().equals(",") ? k + 1 : k;
        boolean indirect = next < c.toks.size() && c.rules.questionWords.contains(c.toks.get(next).lower());
        return (quoteNext || indirect || questionBefore(c, j)) && c.fits(c.names.fullName(e), gender) ? e : null;
    }

    /** Whether the quote at {@code pos} is itself a question: the asker asking on ("…?" she added), no answer. */
    private static boolean asksAgain(SpeakerContext c, int pos) {
        return c.quotes.stream().anyMatch(q -> q.start() == pos && q.end() > q.start()
                && c.doc.text().charAt(q.end() - 1) == '?');
    }

    /**
     * Whether a quote ending in a question mark closes right before the clause of the verb at {@code verb}: no
     * sentence's end and no other quote between them.
     */
    private static boolean questionBefore(SpeakerContext c, int verb) {
        int at = c.toks.get(verb).begin();
        int para = c.doc.paragraphAt(at);
        for (QuoteSpan q : c.quotes) {
            if (q.outerEnd() > at || c.doc.paragraphAt(q.start()) != para || q.end() <= q.start()
                    || c.doc.text().charAt(q.end() - 1) != '?') {
                continue;
            }
            boolean between = false;
            for (int k = c.firstTokAt(q.outerEnd()); k < verb; k++) {
                between |= c.quoted[k] || ".!?".contains(c.toks.get(k).word());
            }
            if (!between) {
                return true;
            }
        }
        return false;
    }
}
