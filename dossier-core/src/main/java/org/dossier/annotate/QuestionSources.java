package org.dossier.annotate;

import java.util.Locale;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Read on English tags, the asker of a bare question that the sentence right before it gives as a question "from"
 * a person: "The first question came from X of Y. "Why …?"". The question nouns are data
 * ({@code en/question-nouns.txt}). Used by {@link SpeakerFinder} for a quote no reporting verb attributes.
 */
final class QuestionSources {
    private static final Set<String> NOUNS = Set.copyOf(Lexicon.lines("question-nouns.txt"));

    private QuestionSources() {}

    /** The person a question quote is from, as the sentence before it says; else {@link Attribution#NONE}. */
    static Attribution asker(SpeakerContext c, QuoteSpan q) {
        if (!c.rules.lemmas || !c.doc.text().substring(q.start(), q.end()).strip().endsWith("?")) {
            return Attribution.NONE;
        }
        int open = c.firstTokAt(q.outerStart());
        if (open <= 0 || open >= c.toks.size()) {
            return Attribution.NONE;
        }
        int last = open - 1;
        int sentence = c.toks.get(last).sentence();
        if (sentence == c.toks.get(open).sentence() || c.doc.paragraphAt(c.toks.get(last).begin())
                != c.doc.paragraphAt(q.outerStart())) {
            return Attribution.NONE;
        }
        int first = last;
        while (first > 0 && c.toks.get(first - 1).sentence() == sentence) {
            first--;
        }
        boolean noun = false;
        for (int j = first; j <= last; j++) {
            if (c.quoted[j]) {
                return Attribution.NONE;
            }
            String w = c.toks.get(j).lower();
            if (NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                noun = true;
            } else if (noun && w.equals("from") && j + 1 <= last) {
                EntityMention e = c.doc.entityAt(c.toks.get(j + 1).begin());
                if (e != null && EntityType.PERSON.is(e.type())) {
                    return c.names.describe(e.start(), e.end(), null);
                }
                return Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }
}
