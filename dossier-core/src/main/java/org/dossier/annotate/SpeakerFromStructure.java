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

    SpeakerFromStructure(SpeakerContext c) {
        this.c = c;
    }

    /**
     * Who answers a printed interview: the last person named in full before its first question or answer paragraph
     * (else the last one named).
     */
    Attribution interviewee(int para) {
        int first = para;
        while (first > 0 && c.rules.isInterviewLine(c.doc.text(), c.doc.paragraphs().get(first - 1)[0])) {
            first--;
        }
        int before = c.doc.paragraphs().get(first)[0];
        EntityMention person = null;
        for (EntityMention e : c.doc.entities()) {
            boolean full = e.text().strip().contains(" ");
            if (e.end() <= before && e.type().equals(org.dossier.model.EntityType.PERSON.label())
                    && (person == null || full || !person.text().strip().contains(" "))) {
                person = e; // the latest full name, else the latest name
            }
        }
        return person == null ? Attribution.NONE : c.names.describe(person.start(), person.end(), null);
    }

    /**
     * The named subject of the quote's own sentence when a describing verb or a copula stands between them: "The
     * Kremlin is "disappointed …"", "Voss called the deal "a victory …"". Only a named speaker is taken.
     */
    Attribution sentenceSubject(QuoteSpan q) {
        int open = c.firstTokAt(q.outerStart());
        if (open >= c.toks.size()) {
            return Attribution.NONE;
        }
        if (!c.rules.lemmas) {
            Attribution colon = colonSubject(q, open);
            if (!colon.isEmpty()) {
                return colon;
            }
        }
        int sentence = c.toks.get(open).sentence();
        for (int j = open - 1; j >= 0 && c.toks.get(j).sentence() == sentence && !c.quoted[j]; j--) {
            if (c.rules.isDescribingVerb(c.toks.get(j)) || c.rules.isReportingVerb(c.toks.get(j))) {
                int[] np = Phrases.subjectOf(c.rules, c.toks, j);
                boolean colon = c.doc.text().substring(0, q.outerStart()).stripTrailing().endsWith(":");
                boolean apposed = (!c.rules.lemmas || colon) && np[0] > 0 && c.toks.get(np[0] - 1).word().equals(",");
                if (np[1] > np[0] && (np[0] == 0 || c.toks.get(np[0] - 1).sentence() != sentence || apposed)) {
                    Attribution a = c.resolvePhrase(np, q.start());
                    return a.speaker() != null ? a : Attribution.NONE;
                }
                return Attribution.NONE;
            }
        }
        return c.rules.lemmas ? namedBeforeColon(q, open) : Attribution.NONE;
    }

    /**
     * Read on English tags, a person named before the first verb of the sentence that a colon ends before the quote:
     * "The lead author, Dr. Sofia Lindgren of Uppsala, put it simply: "…"". A name that owns what follows
     * ("Smith's lawyer") does not speak.
     */
    private Attribution namedBeforeColon(QuoteSpan q, int open) {
        if (!c.doc.text().substring(0, q.outerStart()).stripTrailing().endsWith(":")) {
            return Attribution.NONE;
        }
        int first = open;
        while (first > 0 && c.toks.get(first - 1).sentence() == c.toks.get(open).sentence()) {
            first--;
        }
        int verb = first;
        while (verb < open && !c.toks.get(verb).isVerb()) {
            verb++;
        }
        if (verb >= open) {
            return Attribution.NONE;
        }
        for (EntityMention e : c.doc.entities()) {
            if (org.dossier.model.EntityType.PERSON.is(e.type()) && e.start() >= c.toks.get(first).begin()
                    && e.end() <= c.toks.get(verb).begin() && !c.doc.text().startsWith("'s", e.end())
                    && !c.doc.text().startsWith("’s", e.end())) {
                return c.names.describe(e.start(), e.end(), null);
            }
        }
        return Attribution.NONE;
    }

    /**
     * Read by word forms, the named subject opening the sentence of a quote a colon introduces: "El delantero Pablo
     * Romero se mostró optimista: «…»". Only a person or organisation among the sentence's first words is taken.
     */
    private Attribution colonSubject(QuoteSpan q, int open) {
        if (!c.doc.text().substring(0, q.outerStart()).stripTrailing().endsWith(":")) {
            return Attribution.NONE;
        }
        int first = open;
        while (first > 0 && c.toks.get(first - 1).sentence() == c.toks.get(open).sentence()) {
            first--;
        }
        int from = c.toks.get(first).begin();
        int limit = first + 4 < open ? c.toks.get(first + 4).end() : c.toks.get(open).begin();
        for (EntityMention e : c.doc.entities()) {
            if (e.start() >= from && e.start() < limit && e.end() <= c.toks.get(open).begin()) {
                return c.names.describe(from, e.end(), null);
            }
        }
        return Attribution.NONE;
    }
}
