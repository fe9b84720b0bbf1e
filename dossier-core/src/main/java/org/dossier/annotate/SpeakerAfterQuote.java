package org.dossier.annotate;

import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Speakers named after their quote: "…," said X / "…," X said / "…," according to X / "…," X, a father of three,
 * said. Use through {@link SpeakerFinder}; {@link #wasAccording()} tells whether the last reading was an
 * "according to" source (which a speaker named before the quote overrides).
 */
final class SpeakerAfterQuote {
    private final SpeakerContext c;
    private final AnnotatedText doc;
    private final List<TaggedToken> toks;
    private final boolean[] quoted;
    private final SpeakerNames names;
    private final QuoteRules rules;
    private boolean afterWasAccording;

    SpeakerAfterQuote(SpeakerContext c) {
        this.c = c;
        this.doc = c.doc;
        this.toks = c.toks;
        this.quoted = c.quoted;
        this.names = c.names;
        this.rules = c.rules;
    }

    /** Whether the last {@link #afterQuote} read an "according to" source. */
    boolean wasAccording() {
        return afterWasAccording;
    }

    /** "…," said X / "…," X said / "…," according to X. */
    Attribution afterQuote(QuoteSpan q) {
        afterWasAccording = false;
        int i = c.firstTokAt(q.outerEnd());
        int limit = c.nextQuoteTok(q);
        while (i < limit && toks.get(i).isPunct()) {
            i++;
        }
        if (i >= limit) {
            return Attribution.NONE;
        }
        String pronounInAuxiliary = null;
        if (i + 1 < limit && rules.auxiliaries.contains(toks.get(i).lower())
                && rules.isReportingVerb(toks.get(i + 1))) {
            pronounInAuxiliary = rules.pronounIn(toks.get(i));
            i++;
        }
        TaggedToken first = toks.get(i);
        if (rules.isReportingVerb(first) || rules.quoteThenSource.contains(first.lower())) {
            int[] np = Phrases.after(rules, toks, i + 1);
            if (np[1] <= np[0] && pronounInAuxiliary != null) {
                return c.recentSubject(q.start(), pronounInAuxiliary);
            }
            if (np[1] <= np[0] && rules.dropsSubject && rules.isReportingVerb(first)) {
                return c.recentSubject(q.start(), null); // "«…», señaló.": the subject left out is the one last named
            }
            return c.resolvePhrase(np, q.start());
        }
        int source = rules.sourceBeforeStartingAt(toks, i);
        if (source > 0 && i + source < limit) {
            afterWasAccording = true;
            return c.resolvePhrase(Phrases.after(rules, toks, i + source), q.start());
        }
        if (!rules.lemmas && c.endsSentence(q)) {
            return Attribution.NONE; // „… werden.“ Zugleich warnte er: a new sentence, not "…," X said
        }
        for (int j = i; !rules.sourceAfter.isEmpty() && j < Math.min(limit, i + 10) && !toks.get(j).endsSentence(); j++) {
            if (rules.sourceAfter.contains(toks.get(j).lower())) {
                int from = i;
                while (from < j && Phrases.isLinkWord(toks.get(from))) {
                    from++;
                }
                return j > from ? c.resolvePhrase(new int[] {from, j}, q.start()) : Attribution.NONE;
            }
        }
        Attribution apposed = apposedBeforeVerb(i, limit, q.start());
        if (!apposed.isEmpty()) {
            return apposed;
        }
        for (int j = i; j < Math.min(limit, i + 10) && !toks.get(j).endsSentence(); j++) {
            TaggedToken t = toks.get(j);
            if (rules.isReportingVerb(t)) {
                int[] np = Phrases.subjectOf(rules, toks, j);
                return np[0] <= i && np[1] > i ? c.resolvePhrase(np, q.start()) : Attribution.NONE;
            }
            boolean link = rules.lemmas && (t.lower().equals("of") || t.lower().equals("for")) && j > i;
            if (!Phrases.isNounish(rules, t) && !link && !(rules.lemmas && (t.pos().startsWith("RB")
                    || t.pos().equals("MD") || "have".equals(t.lemma())))
                    && !rules.auxiliaries.contains(t.lower())) {
                break;
            }
        }
        return Attribution.NONE;
    }

    /**
     * "…," Bankole, a father of three, said / "…," Fenwick, 29, said / "…," the agency's chief, Dr. Ines Moreau,
     * said: a phrase cut by commas between the quote and its reporting verb, naming a person.
     */
    private Attribution apposedBeforeVerb(int i, int limit, int pos) {
        int commas = 0;
        for (int j = i; j < Math.min(limit, i + 16) && !toks.get(j).endsSentence() && !quoted[j]; j++) {
            TaggedToken t = toks.get(j);
            if (t.word().equals(",")) {
                commas++;
                continue;
            }
            if (rules.isReportingVerb(t)) {
                if (commas == 0 || commas > 2 || !toks.get(j - 1).word().equals(",")
                        || !names.namesPerson(toks.get(i).begin(), toks.get(j - 2).end())) {
                    return Attribution.NONE;
                }
                return c.resolvePhrase(new int[] {i, j - 1}, pos);
            }
            if (t.isVerb() && !rules.auxiliaries.contains(t.lower())) {
                return Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /**
     * ""It's heartbreaking." Maria Gomez, 63, stood in the doorway …": a quote opening its paragraph and ending its
     * sentence with no reporting clause, followed in the same paragraph by a sentence that introduces a person
     * (named in full, not named before in the article): that person speaks.
     */
    Attribution newcomerAfter(QuoteSpan q) {
        int para = doc.paragraphAt(q.start());
        if (para < 0 || q.closeMark() < 0 || !c.opensParagraph(q, para) || !c.endsSentence(q)) {
            return Attribution.NONE;
        }
        int[] p = doc.paragraphs().get(para);
        int i = c.firstTokAt(q.outerEnd());
        if (i >= toks.size() || toks.get(i).begin() >= p[1]) {
            return Attribution.NONE;
        }
        int end = i;
        while (end < toks.size() && toks.get(end).sentence() == toks.get(i).sentence() && toks.get(end).begin() < p[1]) {
            if (quoted[end]) {
                return Attribution.NONE;
            }
            end++;
        }
        int from = toks.get(i).begin();
        int to = toks.get(end - 1).end();
        for (EntityMention e : doc.entities()) {
            if (e.type().equals(EntityType.PERSON.label()) && e.start() >= from && e.end() <= to
                    && e.text().strip().contains(" ") && !namedBefore(e, q.start())) {
                return names.describe(e.start(), e.end(), null);
            }
        }
        return Attribution.NONE;
    }

    /** Whether a person with the surname of {@code e} is named before {@code pos}. */
    private boolean namedBefore(EntityMention e, int pos) {
        String surname = lastWord(e.text());
        return doc.entities().stream().anyMatch(o -> o.end() <= pos && o.type().equals(EntityType.PERSON.label())
                && lastWord(o.text()).equals(surname));
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1];
    }
}
