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
     * Who answers a printed interview: the person its introduction (the paragraph before its first question or
     * answer paragraph) names, by surname too ("… Tollan talked about solitude": the Tollan named in full first), not
     * the publication's own interviewer ("our correspondent, X");
     * where it names no one, the last person named in full before the interview (else the last one named).
     */
    Attribution interviewee(int para) {
        int first = para;
        while (first > 0 && c.rules.isInterviewLine(c.doc.text(), c.doc.paragraphs().get(first - 1)[0])) {
            first--;
        }
        int before = c.doc.paragraphs().get(first)[0];
        int intro = first > 0 ? c.doc.paragraphs().get(first - 1)[0] : before;
        EntityMention person = latestPerson(intro, before);
        if (person == null) {
            person = latestPerson(0, before);
        }
        return person == null ? Attribution.NONE : c.names.describe(person.start(), person.end(), null);
    }

    /** The latest person named in full in [from, to), else the latest one named there; null when none. */
    private EntityMention latestPerson(int from, int to) {
        EntityMention person = null;
        for (EntityMention e : c.doc.entities()) {
            boolean full = e.text().strip().contains(" ");
            if (e.start() >= from && e.end() <= to && e.type().equals(org.dossier.model.EntityType.PERSON.label())
                    && (person == null || full || !person.text().strip().contains(" ")) && !ownStaff(e)) {
                person = e;
            }
        }
        return person;
    }

    /**
     * Whether a person is named as the publication's own ("our science correspondent, Owen Pask"): the one who asks,
     * not the interviewee.
     */
    private boolean ownStaff(EntityMention e) {
        String before = c.doc.text().substring(Math.max(0, e.start() - 60), e.start());
        return before.matches("(?s).*\\b[Oo]ur\\s[^,.;:]{1,50},\\s*");
    }

    /**
     * A paragraph that is one quote and nothing else, with no speaker of its own, after a paragraph without quotes
     * (past any question paragraphs of an interview, unmarked: "How will you measure success?"): the person that
     * paragraph last names in full, whom a profile or interview introduces before letting them speak ("Maria
     * Lindqvist, the independent candidate, … She sat down with us to explain why." then ""People ask me …""), or,
     * where no person is tagged there, a name set off by commas that opens with a known first name; else none.
     */
    Attribution introducedInParagraphBefore(QuoteSpan q, int para) {
        int[] own = para < 0 ? null : c.doc.paragraphs().get(para);
        if (own == null || para == 0 || !c.opensParagraph(q, para) || q.closeMark() < 0
                || !c.doc.text().substring(q.outerEnd(), own[1]).isBlank()) {
            return Attribution.NONE;
        }
        int p = para - 1;
        while (p > 0 && isQuestion(p)) {
            p--;
        }
        int[] before = c.doc.paragraphs().get(p);
        if (isQuestion(p) || c.allQuoted.stream().anyMatch(o -> o.outerStart() < before[1] && o.outerEnd() > before[0])) {
            return Attribution.NONE;
        }
        EntityMention person = null;
        for (EntityMention e : c.doc.entities()) {
            if (org.dossier.model.EntityType.PERSON.is(e.type()) && e.start() >= before[0] && e.end() <= before[1]
                    && e.text().strip().contains(" ")) {
                person = e;
            }
        }
        if (person != null) {
            return c.names.describe(person.start(), person.end(), null);
        }
        java.util.regex.Matcher m = APPOSED.matcher(c.doc.text()).region(before[0], before[1]);
        String apposed = null;
        while (m.find()) {
            if (CoreNlpLists.genderOfFirstName(m.group(1).split(" ")[0]) != null) {
                apposed = m.group(1); // "The new chief constable of Westmoor, Grace Adeyinka, spoke" (tagged a place)
            }
        }
        return apposed == null ? Attribution.NONE : new Attribution(apposed, null);
    }

    /** Two or three capitalised words set off by commas: a name apposed to a role when a first name opens it. */
    private static final java.util.regex.Pattern APPOSED = java.util.regex.Pattern.compile(
            "\\w, ((?:\\p{Lu}[\\p{L}'’-]+ ){1,2}\\p{Lu}[\\p{L}'’-]+),");

    /** Whether paragraph {@code p} is a question without quote marks (an interviewer's question). */
    private boolean isQuestion(int p) {
        int[] b = c.doc.paragraphs().get(p);
        String text = c.doc.text().substring(b[0], b[1]).strip();
        return text.endsWith("?") && c.allQuoted.stream().noneMatch(o -> o.outerStart() < b[1] && o.outerEnd() > b[0]);
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
        Attribution named = namingSubject(q);
        if (!named.isEmpty()) {
            return named;
        }
        int sentence = c.toks.get(open).sentence();
        for (int j = open - 1; j >= 0 && c.toks.get(j).sentence() == sentence && !c.quoted[j]; j--) {
            if (c.rules.isDescribingVerb(c.toks.get(j)) || c.rules.isReportingVerb(c.toks.get(j))) {
                int[] np = Phrases.subjectOf(c.rules, c.toks, j);
                boolean colon = c.doc.text().substring(0, q.outerStart()).stripTrailing().endsWith(":");
                boolean apposed = (!c.rules.lemmas || colon || roleOpens(np[0], sentence))
                        && np[0] > 0 && c.toks.get(np[0] - 1).word().equals(",");
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
     * Read on English tags, who names a thing in a quoted fragment ({@link ShortQuotes#namedFragment}): the subject
     * of the naming verb, named or not, that of the main clause for a participle ("their union, Balpa, rejected the
     * offer, calling it "an insult"", "a move consumer groups called "a kick in the teeth"").
     */
    private Attribution namingSubject(QuoteSpan q) {
        if (!c.rules.lemmas || q.openMark() < 0 || q.closeMark() < 0
                || !new ShortQuotes(c.doc, c.rules).namedFragment(q.openMark(), q.closeMark())) {
            return Attribution.NONE;
        }
        int verb = c.firstTokAt(new ShortQuotes(c.doc, c.rules).namingVerb(q.openMark()));
        int[] np = relativeAfterPreposition(Phrases.subjectOf(c.rules, c.toks, verb));
        return np[1] > np[0] ? c.resolvePhrase(np, q.start()) : Attribution.NONE;
    }

    /**
     * A subject phrase after a preposition that opens with a determiner and its noun runs a relative clause's own
     * subject in ("in a move consumer groups called"): the words after that noun; else the phrase as it is.
     */
    private int[] relativeAfterPreposition(int[] np) {
        if (np[1] - np[0] < 3 || np[0] == 0 || !"IN".equals(c.toks.get(np[0] - 1).pos())
                || !"DT".equals(c.toks.get(np[0]).pos())) {
            return np;
        }
        int head = np[0] + 1;
        while (head < np[1] && String.valueOf(c.toks.get(head).pos()).startsWith("JJ")) {
            head++;
        }
        return head + 1 < np[1] && "NN".equals(c.toks.get(head).pos()) ? new int[] {head + 1, np[1]} : np;
    }

    /**
     * Read on English tags, the named subject of a describing verb right before the quote when that subject opens a
     * relative clause on a noun ({@link ReducedRelatives}): "a price its founder, X, called "…"", "a problem X calls
     * "…"". Read before the other rules, which would take the sentence's own subject.
     */
    Attribution relativeSubject(QuoteSpan q) {
        int open = c.firstTokAt(q.outerStart());
        int verb = open - 1;
        if (!c.rules.lemmas || open >= c.toks.size() || verb < 1 || c.quoted[verb]
                || c.toks.get(verb).sentence() != c.toks.get(open).sentence()
                || !(c.rules.isDescribingVerb(c.toks.get(verb)) || taggedAsNoun(c.toks.get(verb)))) {
            return Attribution.NONE;
        }
        int first = verb;
        while (first > 0 && "NNP".equals(c.toks.get(first - 1).pos()) && !c.quoted[first - 1]) {
            first--; // the name right before the verb, not a noun phrase the tagger runs it into ("problem Oduya")
        }
        int[] np = first < verb ? new int[] {first, verb} : Phrases.subjectOf(c.rules, c.toks, verb);
        if (np[1] <= np[0] || !ReducedRelatives.opens(c, np, c.toks.get(verb).sentence())) {
            return Attribution.NONE;
        }
        Attribution a = c.resolvePhrase(np, q.start());
        return a.speaker() != null && c.names.isPerson(a.speaker()) ? a : Attribution.NONE;
    }

    /** A describing verb in the present that the tagger took for a plural noun ("a problem X calls "…""). */
    private boolean taggedAsNoun(TaggedToken t) {
        return "NNS".equals(t.pos()) && t.lemma() != null
                && c.rules.describing.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "An independent expert, Dr X, called the results "…"": the subject after a comma that closes a phrase opening
     * the sentence with no verb in it (a role in apposition before the name).
     */
    private boolean roleOpens(int subject, int sentence) {
        int k = subject - 2;
        while (k >= 0 && c.toks.get(k).sentence() == sentence) {
            if (c.toks.get(k).isVerb() || c.quoted[k] || c.toks.get(k).isPunct()) {
                return false;
            }
            k--;
        }
        return k < subject - 2;
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
        if (verb + 1 < open && c.toks.get(verb).pos().matches("VBP?") && c.toks.get(verb + 1).pos().startsWith("NN")) {
            verb++; // "Shop owner Ali Rahman agreed:": a noun the tagger took for a verb opening the sentence
        }
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
