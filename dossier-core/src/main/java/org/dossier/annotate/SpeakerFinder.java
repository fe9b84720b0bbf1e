package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.QuoteMention;

/**
 * Attributes quotes to speakers from reporting verbs and structure: "said X", "X said", "according to X",
 * "X told …", pronouns resolved to the recent subject, continuations across a paragraph, and unnamed
 * speakers kept with their description ("a government official") and continued by later definite mentions.
 */
public final class SpeakerFinder {
    private static final int PRONOUN_WINDOW_PARAGRAPHS = 5;
    private static final int CARRY_PARAGRAPHS = 2;

    private final AnnotatedText doc;
    private final List<TaggedToken> toks;
    private final List<QuoteSpan> quotes;
    private final boolean[] quoted;
    private final SpeakerNames names;
    private final QuoteRules rules;
    private final List<QuoteSpan> allQuoted = new ArrayList<>();
    private final List<Attribution> resolved = new ArrayList<>();
    /** Whether a quote's speaker is only the subject of its describing sentence (see {@link #sentenceSubject}). */
    private final List<Boolean> sentenceBound = new ArrayList<>();
    private boolean afterWasAccording;

    /** {@code scare} are the short quoted stretches, never attributed but never read as attribution either. */
    public SpeakerFinder(AnnotatedText doc, List<QuoteSpan> quotes, List<QuoteSpan> scare) {
        this(doc, quotes, scare, "en");
    }

    /** As above, with the rules of the article's {@code language} (English rules where it has none of its own). */
    public SpeakerFinder(AnnotatedText doc, List<QuoteSpan> quotes, List<QuoteSpan> scare, String language) {
        this.doc = doc;
        this.rules = QuoteRules.of(language);
        this.toks = doc.toks();
        this.quotes = quotes;
        this.quoted = new boolean[toks.size()];
        allQuoted.addAll(quotes);
        allQuoted.addAll(scare);
        for (int i = 0; i < toks.size(); i++) {
            TaggedToken t = toks.get(i);
            quoted[i] = allQuoted.stream().anyMatch(q -> t.begin() >= q.outerStart() && t.end() <= q.outerEnd());
        }
        this.names = new SpeakerNames(doc, rules);
    }

    /**
     * The attributed quotes of an annotated text in its article's language: what every annotator calls, whatever
     * model produced the tokens and entity mentions (the rules of German, French and Spanish read word forms only).
     */
    public static List<QuoteMention> quotesOf(AnnotatedText doc, String language) {
        QuoteScanner scanner = new QuoteScanner(doc, language);
        List<QuoteSpan> spans = scanner.scan();
        return new SpeakerFinder(doc, spans, scanner.scareQuotes(), language).attribute();
    }

    /** The quotes with their speakers, in text order. */
    public List<QuoteMention> attribute() {
        for (int k = 0; k < quotes.size(); k++) {
            names.remember(attribute(k));
        }
        for (int k = quotes.size() - 2; k >= 0; k--) {
            if (resolved.get(k).isEmpty() && continuesInNextParagraph(k)) {
                resolved.set(k, resolved.get(k + 1));
            }
        }
        return new Utterances(doc, rules).join(quotes, resolved);
    }

    /** A quote left open at the end of its paragraph, the next paragraph opening with the quote's sequel. */
    private boolean continuesInNextParagraph(int k) {
        QuoteSpan q = quotes.get(k);
        QuoteSpan next = quotes.get(k + 1);
        int para = doc.paragraphAt(next.start());
        return q.closeMark() < 0 && doc.paragraphAt(q.start()) == para - 1 && opensParagraph(next, para);
    }

    private Attribution attribute(int k) {
        QuoteSpan q = quotes.get(k);
        int[] own = doc.paragraphs().get(Math.max(0, doc.paragraphAt(q.start())));
        if (q.openMark() < 0 && q.closeMark() < 0 && QuoteRules.markAt(doc.text(), own[0], rules.answerMarks) > 0) {
            Attribution a = interviewee(doc.paragraphAt(q.start()));
            sentenceBound.add(false);
            resolved.add(a);
            return a;
        }
        Attribution a = afterQuote(q);
        if (a.isEmpty() || afterWasAccording && a.speaker() == null) {
            Attribution b = beforeQuote(k);
            a = b.isEmpty() ? a : b;
        }
        boolean bound = false;
        if (a.isEmpty()) {
            a = sentenceSubject(q);
            bound = !a.isEmpty();
        }
        sentenceBound.add(bound);
        int para = doc.paragraphAt(q.start());
        if (a.isEmpty() && k > 0 && doc.paragraphAt(quotes.get(k - 1).start()) == para) {
            a = resolved.get(k - 1);
        }
        if (a.isEmpty()) {
            a = paragraphSubject(q.outerStart(), doc.paragraphs().get(para)[0]);
        }
        int previousPara = k > 0 ? doc.paragraphAt(quotes.get(k - 1).start()) : -9;
        if (a.isEmpty() && (previousPara == para - 1
                || opensParagraph(q, para) && previousPara >= para - CARRY_PARAGRAPHS)) {
            a = carried(k - 1);
        }
        if (a.isEmpty() && para > 0 && opensParagraph(q, para) && previousPara < para - 1) {
            int[] prev = doc.paragraphs().get(para - 1);
            a = paragraphSubject(prev[1], prev[0]);
        }
        if (a.isEmpty()) {
            a = introducedBy(q);
        }
        resolved.add(a);
        return a;
    }

    /**
     * "Brenner was blunt. "This budget is a fantasy."": a quote opening its sentence after a sentence of the same
     * paragraph, without quotes, whose subject is a name and whose verb follows it: that name speaks.
     */
    private Attribution introducedBy(QuoteSpan q) {
        int open = firstTokAt(q.outerStart());
        if (open <= 0 || open >= toks.size() || toks.get(open - 1).sentence() == toks.get(open).sentence()) {
            return Attribution.NONE;
        }
        int sentence = toks.get(open - 1).sentence();
        int first = open - 1;
        while (first > 0 && toks.get(first - 1).sentence() == sentence) {
            first--;
        }
        if (doc.paragraphAt(toks.get(first).begin()) != doc.paragraphAt(q.start())) {
            return Attribution.NONE;
        }
        for (int j = first; j < open; j++) {
            if (quoted[j]) {
                return Attribution.NONE;
            }
        }
        int end = first;
        while (end < open && "NNP".equals(toks.get(end).pos())) {
            end++;
        }
        if (end == first || end >= open || !toks.get(end).isVerb()) {
            return Attribution.NONE;
        }
        Attribution a = resolvePhrase(new int[] {first, end}, q.start());
        return a.speaker() != null ? a : Attribution.NONE;
    }

    /**
     * Who answers a printed interview: the last person named in full before its first question or answer paragraph
     * (else the last one named).
     */
    private Attribution interviewee(int para) {
        int first = para;
        while (first > 0 && rules.isInterviewLine(doc.text(), doc.paragraphs().get(first - 1)[0])) {
            first--;
        }
        int before = doc.paragraphs().get(first)[0];
        org.dossier.model.EntityMention person = null;
        for (org.dossier.model.EntityMention e : doc.entities()) {
            boolean full = e.text().strip().contains(" ");
            if (e.end() <= before && e.type().equals(org.dossier.model.EntityType.PERSON.label())
                    && (person == null || full || !person.text().strip().contains(" "))) {
                person = e; // the latest full name, else the latest name
            }
        }
        return person == null ? Attribution.NONE : names.describe(person.start(), person.end(), null);
    }

    /**
     * The speaker a later paragraph continues: that of quote {@code k}, unless only its sentence's subject named
     * it (a describing sentence does not make its subject the running speaker): then the one before it.
     */
    private Attribution carried(int k) {
        int j = k;
        while (j > 0 && sentenceBound.get(j)) {
            j--;
        }
        return sentenceBound.get(j) ? Attribution.NONE : resolved.get(j);
    }

    /**
     * The named subject of the quote's own sentence when a describing verb or a copula stands between them: "The
     * Kremlin is "disappointed …"", "Voss called the deal "a victory …"". Only a named speaker is taken.
     */
    private Attribution sentenceSubject(QuoteSpan q) {
        int open = firstTokAt(q.outerStart());
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
                boolean apposed = !rules.lemmas && np[0] > 0 && toks.get(np[0] - 1).word().equals(",");
                if (np[1] > np[0] && (np[0] == 0 || toks.get(np[0] - 1).sentence() != sentence || apposed)) {
                    Attribution a = resolvePhrase(np, q.start());
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

    /** "…," said X / "…," X said / "…," according to X. */
    private Attribution afterQuote(QuoteSpan q) {
        afterWasAccording = false;
        int i = firstTokAt(q.outerEnd());
        int limit = nextQuoteTok(q);
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
                return recentSubject(q.start(), pronounInAuxiliary);
            }
            if (np[1] <= np[0] && rules.dropsSubject && rules.isReportingVerb(first)) {
                return recentSubject(q.start(), null); // "«…», señaló.": the subject left out is the one last named
            }
            return resolvePhrase(np, q.start());
        }
        int source = rules.sourceBeforeStartingAt(toks, i);
        if (source > 0 && i + source < limit) {
            afterWasAccording = true;
            return resolvePhrase(Phrases.after(rules, toks, i + source), q.start());
        }
        if (!rules.lemmas && endsSentence(q)) {
            return Attribution.NONE; // „… werden.“ Zugleich warnte er: a new sentence, not "…," X said
        }
        for (int j = i; !rules.sourceAfter.isEmpty() && j < Math.min(limit, i + 10) && !toks.get(j).endsSentence(); j++) {
            if (rules.sourceAfter.contains(toks.get(j).lower())) {
                int from = i;
                while (from < j && Phrases.isLinkWord(toks.get(from))) {
                    from++;
                }
                return j > from ? resolvePhrase(new int[] {from, j}, q.start()) : Attribution.NONE;
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
                return np[0] <= i && np[1] > i ? resolvePhrase(np, q.start()) : Attribution.NONE;
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
                return resolvePhrase(new int[] {i, j - 1}, pos);
            }
            if (t.isVerb() && !rules.auxiliaries.contains(t.lower())) {
                return Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /** X said: "…" / according to X, "…" / a reporting verb earlier in the quote's sentence. */
    private Attribution beforeQuote(int k) {
        QuoteSpan q = quotes.get(k);
        int open = firstTokAt(q.outerStart());
        int sentence = open < toks.size() ? toks.get(open).sentence() : -1;
        int from = open;
        while (from > 0 && toks.get(from - 1).sentence() == sentence && !quoted[from - 1]) {
            from--;
        }
        int end = open;
        while (end > from && (toks.get(end - 1).isPunct() || toks.get(end - 1).lower().equals("that"))) {
            end--;
        }
        for (int j = end - 1; j >= from; j--) {
            TaggedToken t = toks.get(j);
            int source = rules.sourceBeforeEndingAt(toks, j);
            if (source > 0 && j - source + 1 >= from) {
                int[] np = Phrases.after(rules, toks, j + 1);
                boolean toComma = end < toks.size() && toks.get(end).word().equals(",") && end - j <= 10;
                return resolvePhrase(new int[] {j + 1, rules.lemmas || toComma ? end : Math.min(end, np[1])},
                        q.start()); // "Según fuentes del Ministerio, «…»": the source runs to the comma
            }
            if (rules.sourceAfter.contains(t.lower()) && j > from) {
                return resolvePhrase(Phrases.subjectOf(rules, toks, j), q.start());
            }
            if (rules.isReportingVerb(t) && !quoted[j]) {
                return resolvePhrase(speakerOfVerb(j), q.start());
            }
        }
        return Attribution.NONE;
    }

    /** The last "X said" of the paragraph before {@code pos}, for a quote with no attribution of its own. */
    private Attribution paragraphSubject(int pos, int paraStart) {
        for (int j = firstTokAt(pos) - 1; j >= 0 && toks.get(j).begin() >= paraStart; j--) {
            if (rules.isReportingVerb(toks.get(j)) && !quoted[j]) {
                Attribution a = resolvePhrase(speakerOfVerb(j), pos);
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        return Attribution.NONE;
    }

    private Attribution resolvePhrase(int[] np, int pos) {
        if (np[1] <= np[0]) {
            return Attribution.NONE;
        }
        List<TaggedToken> words = toks.subList(np[0], np[1]);
        if (words.size() == 1 && rules.pronouns.containsKey(words.get(0).lower())) {
            return recentSubject(pos, rules.pronouns.get(words.get(0).lower()));
        }
        if (words.stream().allMatch(t -> t.pos() != null && t.pos().startsWith("PRP"))) {
            return Attribution.NONE;
        }
        String apposed = names.apposedName(np[1]);
        int from = words.get(0).begin();
        int to = words.get(words.size() - 1).end();
        return names.describe(from, to, apposed);
    }

    /**
     * The subject a he/she refers to: the latest person or unnamed person who said something, else the latest
     * person named; a person whose first name is known to be of the other gender is passed over.
     */
    private Attribution recentSubject(int pos, String gender) {
        int para = doc.paragraphAt(pos);
        int windowStart = doc.paragraphs().get(Math.max(0, para - PRONOUN_WINDOW_PARAGRAPHS))[0];
        for (int j = firstTokAt(pos) - 1; j >= 0 && toks.get(j).begin() >= windowStart; j--) {
            if (!rules.isReportingVerb(toks.get(j)) || quoted[j]) {
                continue;
            }
            int[] np = speakerOfVerb(j);
            if (np[1] <= np[0] || np[1] - np[0] == 1 && (toks.get(np[0]).pos().startsWith("PRP")
                    || rules.pronouns.containsKey(toks.get(np[0]).lower()))) {
                continue;
            }
            Attribution a = np[1] > np[0] ? names.describe(toks.get(np[0]).begin(), toks.get(np[1] - 1).end(), null)
                    : Attribution.NONE;
            TaggedToken head = toks.get(np[1] - 1);
            boolean person = rules.lemmas && head.pos().equals("NN") && CoreNlpLists.isAnimate(head.word());
            boolean named = a.speaker() != null && names.isPerson(a.speaker()) && fits(a.speaker(), gender);
            if (named || a.speaker() == null && person) {
                return a;
            }
        }
        EntityMention person = gender == null ? null
                : names.lastPersonBefore(pos, windowStart, n -> gender.equals(knownGender(n)));
        if (person == null) {
            person = names.lastPersonBefore(pos, windowStart, n -> fits(n, gender));
        }
        return person == null ? Attribution.NONE : new Attribution(names.fullName(person), null);
    }

    /** The phrase naming who speaks with the verb at {@code j}: after it when inverted ("…," said X), else before. */
    private int[] speakerOfVerb(int j) {
        int begin = toks.get(j).begin();
        boolean inverted = allQuoted.stream().anyMatch(q -> q.outerEnd() <= begin
                && doc.text().substring(q.outerEnd(), begin).matches("[\\s,.:;]*"));
        if (inverted) {
            return Phrases.after(rules, toks, j + 1);
        }
        int[] before = Phrases.subjectOf(rules, toks, j);
        if (!rules.lemmas && !names.namesSomeone(before)) {
            int[] after = Phrases.after(rules, toks, j + 1);
            if (names.namesSomeone(after) || before[1] <= before[0]) {
                return after;
            }
        }
        return before;
    }

    /** Whether the quote's own text ends a sentence with a full stop (the next words begin a new one). */
    private boolean endsSentence(QuoteSpan q) {
        String inside = doc.text().substring(q.start(), q.end()).strip();
        return inside.endsWith(".") && !inside.endsWith("..");
    }

    /** Whether the quote is the first thing in its paragraph (a bare quote paragraph continues the last speaker). */
    private boolean opensParagraph(QuoteSpan q, int para) {
        return doc.text().substring(doc.paragraphs().get(para)[0], q.outerStart()).isBlank();
    }

    private static boolean fits(String name, String gender) {
        String known = knownGender(name);
        return known == null || gender == null || known.equals(gender);
    }

    /** The gender of a name whose first word is a known first name (and which has a surname), else null. */
    private static String knownGender(String name) {
        String[] w = name.split("\\s+");
        return w.length < 2 ? null : CoreNlpLists.genderOfFirstName(w[0]);
    }

    private int firstTokAt(int pos) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).begin() >= pos) {
                return i;
            }
        }
        return toks.size();
    }

    private int nextQuoteTok(QuoteSpan q) {
        int para = doc.paragraphAt(q.start());
        int limit = para >= 0 ? doc.paragraphs().get(para)[1] : doc.text().length();
        for (QuoteSpan o : quotes) {
            if (o.outerStart() >= q.outerEnd()) {
                limit = Math.min(limit, o.outerStart());
                break;
            }
        }
        return firstTokAt(limit);
    }
}
