package org.dossier.annotate;

import java.util.List;
import org.dossier.model.EntityMention;

/**
 * Speakers read from the structure around a quote rather than a reporting clause: the interviewee of a printed
 * interview's answer paragraphs, the named subject of a colon-introduced quote ("El delantero Pablo Romero se mostró
 * optimista: «…»"), the subject of a describing verb or copula in the quote's sentence ("The Kremlin is
 * "disappointed …""). Use through {@link SpeakerFinder}.
 */
final class SpeakerFromStructure {
    private final SpeakerContext c;
    private final AnnotatedText doc;
    private final List<TaggedToken> toks;
    private final boolean[] quoted;
    private final SpeakerNames names;
    private final QuoteRules rules;

    SpeakerFromStructure(SpeakerContext c) {
        this.c = c;
        this.doc = c.doc;
        this.toks = c.toks;
        this.quoted = c.quoted;
        this.names = c.names;
        this.rules = c.rules;
    }

    /**
     * Who answers a printed interview: the last person named in full before its first question or answer paragraph
     * (else the last one named).
     */
    Attribution interviewee(int para) {
        int first = para;
        while (first > 0 && rules.isInterviewLine(doc.text(), doc.paragraphs().get(first - 1)[0])) {
            first--;
        }
        int before = doc.paragraphs().get(first)[0];
        EntityMention person = null;
        for (EntityMention e : doc.entities()) {
            boolean full = e.text().strip().contains(" ");
            if (e.end() <= before && e.type().equals(org.dossier.model.EntityType.PERSON.label())
                    && (person == null || full || !person.text().strip().contains(" "))) {
                person = e; // the latest full name, else the latest name
            }
        }
        return person == null ? Attribution.NONE : names.describe(person.start(), person.end(), null);
    }

    /**
     * The named subject of the quote's own sentence when a describing verb or a copula stands between them: "The
     * Kremlin is "disappointed …"", "Voss called the deal "a victory …"". Only a named speaker is taken.
     */
    Attribution sentenceSubject(QuoteSpan q) {
        int open = c.firstTokAt(q.outerStart());
        if (open >= toks.size()) {
            return Attribution.NONE;
        }
        if (!rules.lemmas) {
            Attribution colon = colonSubject(q, open);
            if (!colon.isEmpty()) {
                return colon;
            }
        }
        int sentence = toks.get(open).sentence();
        for (int j = open - 1; j >= 0 && toks.get(j).sentence() == sentence && !quoted[j]; j--) {
            if (rules.isDescribingVerb(toks.get(j)) || rules.isReportingVerb(toks.get(j))) {
                int[] np = Phrases.subjectOf(rules, toks, j);
                boolean colon = doc.text().substring(0, q.outerStart()).stripTrailing().endsWith(":");
                boolean apposed = (!rules.lemmas || colon) && np[0] > 0 && toks.get(np[0] - 1).word().equals(",");
                if (np[1] > np[0] && (np[0] == 0 || toks.get(np[0] - 1).sentence() != sentence || apposed)) {
                    Attribution a = c.resolvePhrase(np, q.start());
                    return a.speaker() != null ? a : Attribution.NONE;
                }
                return Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /**
     * Read by word forms, the named subject opening the sentence of a quote a colon introduces: "El delantero Pablo
     * Romero se mostró optimista: «…»". Only a person or organisation among the sentence's first words is taken.
     */
    private Attribution colonSubject(QuoteSpan q, int open) {
        if (!doc.text().substring(0, q.outerStart()).stripTrailing().endsWith(":")) {
            return Attribution.NONE;
        }
        int first = open;
        while (first > 0 && toks.get(first - 1).sentence() == toks.get(open).sentence()) {
            first--;
        }
        int from = toks.get(first).begin();
        int limit = first + 4 < open ? toks.get(first + 4).end() : toks.get(open).begin();
        for (EntityMention e : doc.entities()) {
            if (e.start() >= from && e.start() < limit && e.end() <= toks.get(open).begin()) {
                return names.describe(from, e.end(), null);
            }
        }
        return Attribution.NONE;
    }
}
