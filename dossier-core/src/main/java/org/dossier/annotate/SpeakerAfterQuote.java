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
    /** The most tokens a relative clause inside an apposition may have. */
    private static final int RELATIVE_CLAUSE = 30;

    private final SpeakerContext c;
    private boolean afterWasAccording;

    SpeakerAfterQuote(SpeakerContext c) {
        this.c = c;
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
        Attribution dashed = afterDash(q, i, limit);
        if (!dashed.isEmpty()) {
            return dashed;
        }
        boolean fullStop = false;
        while (i < limit && c.toks.get(i).isPunct()) {
            fullStop |= c.toks.get(i).word().equals(".");
            i++;
        }
        if (i >= limit || fullStop && c.rules.lemmas) {
            return Attribution.NONE; // "… "their secrets". Colleagues said …": a new sentence, not "…," X said
        }
        if (c.rules.readsStatement(c.toks, i)) {
            int from = c.rules.statementAfter(c.toks, i + 1); // "…," read a statement from X
            return from > 0 ? c.resolvePhrase(Phrases.after(c.rules, c.toks, from), q.start()) : Attribution.NONE;
        }
        if (i + 1 < limit && c.rules.bodyPronouns.contains(c.toks.get(i).lower()) && c.rules.lemmas
                && c.toks.get(i + 1).lemma() != null && c.toks.get(i + 1).pos().startsWith("VB")
                && c.rules.statementVerbs.contains(c.toks.get(i + 1).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return c.resolvePhrase(new int[] {i, i + 1}, q.start()); // "…," it read: the statement's
        }
        String pronounInAuxiliary = null;
        if (i + 1 < limit && c.rules.auxiliaries.contains(c.toks.get(i).lower())
                && c.rules.isReportingVerb(c.toks.get(i + 1))) {
            pronounInAuxiliary = c.rules.pronounIn(c.toks.get(i));
            i++;
        }
        TaggedToken first = c.toks.get(i);
        if (c.rules.isReportingVerb(first) || c.rules.quoteThenSource.contains(first.lower())) {
            int[] np = Phrases.after(c.rules, c.toks, i + 1);
            if (np[1] <= np[0] && pronounInAuxiliary != null) {
                return c.recentSubject(q.start(), pronounInAuxiliary);
            }
            if (np[1] <= np[0] && c.rules.dropsSubject && c.rules.isReportingVerb(first)) {
                return c.recentSubject(q.start(), null); // "«…», señaló.": the subject left out is the one last named
            }
            return c.resolvePhrase(np, q.start());
        }
        int source = c.rules.sourceBeforeStartingAt(c.toks, i);
        if (source > 0 && i + source < limit) {
            afterWasAccording = true;
            return c.resolvePhrase(Phrases.after(c.rules, c.toks, i + source), q.start());
        }
        if (!c.rules.lemmas && c.endsSentence(q)) {
            return Attribution.NONE; // „… werden.“ Zugleich warnte er: a new sentence, not "…," X said
        }
        for (int j = i; !c.rules.sourceAfter.isEmpty() && j < Math.min(limit, i + 10)
                && !c.toks.get(j).endsSentence(); j++) {
            if (c.rules.sourceAfter.contains(c.toks.get(j).lower())) {
                int from = i;
                while (from < j && Phrases.isLinkWord(c.toks.get(from))) {
                    from++;
                }
                return j > from ? c.resolvePhrase(new int[] {from, j}, q.start()) : Attribution.NONE;
            }
        }
        Attribution apposed = apposedBeforeVerb(i, limit, q.start());
        if (!apposed.isEmpty()) {
            return apposed;
        }
        for (int j = i; j < Math.min(limit, i + 10) && !c.toks.get(j).endsSentence(); j++) {
            TaggedToken t = c.toks.get(j);
            if (c.rules.isReportingVerb(t)) {
                int[] np = Phrases.subjectOf(c.rules, c.toks, j);
                return np[0] <= i && np[1] > i ? c.resolvePhrase(np, q.start()) : Attribution.NONE;
            }
            boolean link = c.rules.lemmas && (t.lower().equals("of") || t.lower().equals("for")
                    || Phrases.isDescriptionLink(c.toks, j) || Phrases.isDescriptionLink(c.toks, j + 1)) && j > i;
            boolean particle = c.rules.lemmas && Phrases.isNameParticle(c.toks, j); // "…," de Smet said
            if (!Phrases.isNounish(c.rules, t) && !link && !particle && !(c.rules.lemmas && (t.pos().startsWith("RB")
                    || t.pos().equals("MD") || "have".equals(t.lemma())))
                    && !c.rules.auxiliaries.contains(t.lower())) {
                break;
            }
        }
        return Attribution.NONE;
    }

    /**
     * ""We heard it about the pier, too." — Morag Sinclair, who runs a guest house": a dash right after a quote that
     * ends its sentence, then a phrase naming a person or organisation, is the quote's attribution, wherever the
     * quote stands in its paragraph.
     */
    private Attribution afterDash(QuoteSpan q, int i, int limit) {
        String inside = c.doc.text().substring(q.start(), q.end()).strip();
        if (q.closeMark() < 0 || inside.isEmpty() || ".!?".indexOf(inside.charAt(inside.length() - 1)) < 0
                || i + 1 >= limit || !c.doc.text().substring(q.outerEnd(), c.toks.get(i).begin()).isBlank()
                || !DASHES.contains(c.toks.get(i).word())) {
            return Attribution.NONE;
        }
        int[] np = Phrases.after(c.rules, c.toks, i + 1);
        return c.names.namesSomeone(np) && !c.rules.pronouns.containsKey(c.toks.get(np[0]).lower())
                ? c.resolvePhrase(np, q.start()) : Attribution.NONE;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("—", "–", "―", "--");

    /**
     * "…," Bankole, a father of three, said / "…," Fenwick, 29, said / "…," the agency's chief, Dr. Ines Moreau,
     * said: a phrase cut by commas between the quote and its reporting verb, naming a person.
     */
    private Attribution apposedBeforeVerb(int i, int limit, int pos) {
        int commas = 0;
        int clause = -1; // the comma opening a relative clause: "…," Clara Nduka, who founded …, said
        for (int j = i; j < Math.min(limit, i + 16 + RELATIVE_CLAUSE) && !c.toks.get(j).endsSentence() && !c.quoted[j];
                j++) {
            TaggedToken t = c.toks.get(j);
            if (t.word().equals(",")) {
                commas++;
                continue;
            }
            if (c.rules.lemmas && clause < 0 && j > i + 1 && c.toks.get(j - 1).word().equals(",")
                    && (t.pos().equals("WP") || t.pos().equals("WDT"))) {
                clause = j - 1;
                while (j + 1 < limit && j + 1 - clause < RELATIVE_CLAUSE && !c.toks.get(j + 1).word().equals(",")
                        && !c.toks.get(j + 1).endsSentence() && !c.quoted[j + 1]) {
                    j++;
                }
                continue;
            }
            if (j >= i + 16 && clause < 0) {
                return Attribution.NONE;
            }
            if (c.rules.isReportingVerb(t)) {
                int end = clause >= 0 ? clause : j - 1;
                if (commas == 0 || commas > 2 || !c.toks.get(j - 1).word().equals(",") || end <= i) {
                    return Attribution.NONE;
                }
                if (!c.names.namesPerson(c.toks.get(i).begin(), c.toks.get(end - 1).end())) {
                    return commas == 2 && clause < 0 ? capitalisedAfterRole(i, end) : Attribution.NONE;
                }
                return c.resolvePhrase(new int[] {i, end}, pos);
            }
            if (t.isVerb() && !c.rules.auxiliaries.contains(t.lower())) {
                return Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /**
     * "…," Corvel's head of devices, Sun-Hee Park, said (the name not tagged as a person): a role ending in a common
     * noun, then between commas two to four capitalised words only (a plural one too: "Brightwell Drinks"), which
     * name the speaker.
     */
    private Attribution capitalisedAfterRole(int i, int end) {
        int comma = end - 1;
        while (comma > i && !c.toks.get(comma).word().equals(",")) {
            comma--;
        }
        int words = 0;
        for (int k = comma + 1; k < end; k++) {
            TaggedToken t = c.toks.get(k);
            if (t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0))) { // "Corbel Homes": NNPS too
                words++;
            } else if (!"HYPH".equals(t.pos())) {
                return Attribution.NONE;
            }
        }
        if (!c.rules.lemmas || comma <= i || words < 2 || words > 4 || !c.toks.get(comma - 1).pos().startsWith("NN")
                || c.toks.get(comma - 1).pos().startsWith("NNP")) {
            return Attribution.NONE;
        }
        String role = c.doc.text().substring(c.toks.get(i).begin(), c.toks.get(comma - 1).end());
        return new Attribution(c.doc.text().substring(c.toks.get(comma + 1).begin(), c.toks.get(end - 1).end()), role);
    }

    /**
     * ""It's heartbreaking." Maria Gomez, 63, stood in the doorway …": a quote opening its paragraph and ending its
     * sentence with no reporting clause, followed in the same paragraph by a sentence that introduces a person
     * (named in full, not named before in the article): that person speaks.
     */
    Attribution newcomerAfter(QuoteSpan q) {
        int para = c.doc.paragraphAt(q.start());
        if (para < 0 || q.closeMark() < 0 || !c.opensParagraph(q, para) || !c.endsSentence(q)) {
            return Attribution.NONE;
        }
        int[] p = c.doc.paragraphs().get(para);
        int i = c.firstTokAt(q.outerEnd());
        if (i >= c.toks.size() || c.toks.get(i).begin() >= p[1]) {
            return Attribution.NONE;
        }
        int end = i;
        while (end < c.toks.size() && c.toks.get(end).sentence() == c.toks.get(i).sentence()
                && c.toks.get(end).begin() < p[1]) {
            if (c.quoted[end]) {
                return Attribution.NONE;
            }
            end++;
        }
        int from = c.toks.get(i).begin();
        int to = c.toks.get(end - 1).end();
        for (EntityMention e : c.doc.entities()) {
            if (e.type().equals(EntityType.PERSON.label()) && e.start() >= from && e.end() <= to
                    && e.text().strip().contains(" ") && !namedBefore(e, q.start())) {
                return c.names.describe(e.start(), e.end(), null);
            }
        }
        return Attribution.NONE;
    }

    /** Whether a person with the surname of {@code e} is named before {@code pos}. */
    private boolean namedBefore(EntityMention e, int pos) {
        String surname = lastWord(e.text());
        return c.doc.entities().stream().anyMatch(o -> o.end() <= pos && o.type().equals(EntityType.PERSON.label())
                && lastWord(o.text()).equals(surname));
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1];
    }
}
