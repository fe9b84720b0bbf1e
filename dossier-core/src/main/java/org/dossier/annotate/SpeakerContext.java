package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * What the speaker rules share while one article's quotes are attributed: its tokens, which of them are quoted,
 * the name reader, and the readings every rule uses (the phrase naming who speaks with a reporting verb, the
 * person a pronoun stands for, where a quote stands in its paragraph). Made by {@link SpeakerFinder}.
 */
final class SpeakerContext {
    private static final int PRONOUN_WINDOW_PARAGRAPHS = 5;

    final AnnotatedText doc;
    final List<TaggedToken> toks;
    final List<QuoteSpan> quotes;
    final boolean[] quoted;
    final SpeakerNames names;
    private final PersonGenders genders;
    final QuoteRules rules;
    final List<QuoteSpan> allQuoted = new ArrayList<>();
    /** The speakers read so far of {@link #quotes}, in order (filled by {@link SpeakerFinder}). */
    final List<Attribution> resolvedSoFar = new ArrayList<>();

    SpeakerContext(AnnotatedText doc, List<QuoteSpan> quotes, List<QuoteSpan> scare, QuoteRules rules) {
        this.doc = doc;
        this.rules = rules;
        this.toks = doc.toks();
        this.quotes = quotes;
        this.quoted = new boolean[toks.size()];
        // a transcript's turn that holds a marked quote leaves its words open to that quote's attribution
        allQuoted.addAll(quotes.stream().filter(q -> quotes.stream().noneMatch(q::encloses)).toList());
        allQuoted.addAll(scare);
        for (int i = 0; i < toks.size(); i++) {
            TaggedToken t = toks.get(i);
            quoted[i] = allQuoted.stream().anyMatch(q -> t.begin() >= q.outerStart() && t.end() <= q.outerEnd());
        }
        this.names = new SpeakerNames(doc, rules);
        this.genders = new PersonGenders(doc, names, rules);
    }

    Attribution resolvePhrase(int[] np, int pos) {
        if (np[1] - np[0] > 1 && rules.reflexives.contains(toks.get(np[1] - 1).lower())) {
            np = new int[] {np[0], np[1] - 1}; // "Solano herself posted"
        }
        if (np[1] <= np[0]) {
            return Attribution.NONE;
        }
        List<TaggedToken> words = toks.subList(np[0], np[1]);
        if (words.size() == 1 && rules.pronouns.containsKey(words.get(0).lower())) {
            return recentSubject(pos, rules.pronouns.get(words.get(0).lower()));
        }
        if (words.size() == 1 && rules.lemmas && rules.groupPronouns.contains(words.get(0).lower())) {
            return recentGroup(pos);
        }
        if (words.size() == 1 && rules.bodyPronouns.contains(words.get(0).lower())) {
            Attribution read = ReadStatements.from(this, pos); // "A statement from X was read …. "…," it said."
            return read.isEmpty() ? recentBody(pos) : read;
        }
        if (words.stream().allMatch(t -> t.pos() != null && t.pos().startsWith("PRP"))) {
            return Attribution.NONE;
        }
        Attribution owned = PossessedBodies.of(this, words, pos); // "his campaign said": Fallow's campaign
        if (!owned.isEmpty()) {
            return owned;
        }
        String apposed = names.apposedName(np[1]);
        int from = words.get(0).begin();
        int to = words.get(words.size() - 1).end();
        Attribution a = names.describe(from, to, apposed);
        String phrase = doc.text().substring(from, to);
        if (rules.lemmas && a.speaker() == null && phrase.equals(a.description()) && words.size() <= 3
                && words.get(0).lower().equals("the")) {
            Attribution introduced = introducedUnnamed(head(phrase), from);
            if (introduced.isEmpty() && words.size() == 2) {
                introduced = EarlierDescriptions.of(this, head(phrase), from); // "According to a Polish official"
            }
            return introduced.isEmpty() ? a : introduced;
        }
        return a;
    }

    /**
     * "A spokesperson for Felbridge District Council said crews had been sent. "…," the spokesperson said.": the
     * latest subject of a reporting verb before {@code pos}, in its paragraph or the two before, that an indefinite
     * article opens and whose head noun (the last word before "for", "of", "at", "from", else the last) is
     * {@code head}; else none.
     */
    private Attribution introducedUnnamed(String head, int pos) {
        int para = doc.paragraphAt(pos);
        int windowStart = doc.paragraphs().get(Math.max(0, para - 2))[0];
        for (int j = firstTokAt(pos) - 1; j >= 0 && toks.get(j).begin() >= windowStart; j--) {
            if (!rules.isReportingVerb(toks.get(j)) || quoted[j]) {
                continue;
            }
            int[] np = OpeningSubjects.indefinite(this, j, speakerOfVerb(j));
            if (np[1] > np[0] && (toks.get(np[0]).lower().equals("a") || toks.get(np[0]).lower().equals("an"))) {
                String phrase = doc.text().substring(toks.get(np[0]).begin(), toks.get(np[1] - 1).end());
                if (head(phrase).equals(head)) {
                    return names.describe(toks.get(np[0]).begin(), toks.get(np[1] - 1).end(), null);
                }
            }
        }
        return Attribution.NONE;
    }

    /** The head noun of a speaker phrase: the last word before "for", "of", "at" or "from", else the last word. */
    private static String head(String phrase) {
        String[] w = phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        for (int i = 1; i < w.length; i++) {
            if (w[i].equals("for") || w[i].equals("of") || w[i].equals("at") || w[i].equals("from")) {
                return w[i - 1];
            }
        }
        return w[w.length - 1];
    }

    /**
     * The subject a he/she refers to: the latest person or unnamed person who said something, else the latest
     * person named; a person whose first name is known to be of the other gender is passed over.
     */
    Attribution recentSubject(int pos, String gender) {
        int para = doc.paragraphAt(pos);
        int windowStart = doc.paragraphs().get(Math.max(0, para - PRONOUN_WINDOW_PARAGRAPHS))[0];
        int paraStart = doc.paragraphs().get(Math.max(0, para))[0];
        EntityMention introduced = IntroducedSubjects.latest(this, pos, gender); // "Maya Okoro, 17, missed …"
        if (introduced != null) {
            return new Attribution(names.fullName(introduced), null);
        }
        EntityMention inParagraph = rules.lemmas
                ? names.lastPersonBefore(pos, paraStart, n -> n.contains(" ") && fits(n, gender), this::agentOfOpening)
                : null;
        for (int j = firstTokAt(pos) - 1; j >= 0 && toks.get(j).begin() >= windowStart; j--) {
            if (inParagraph != null && toks.get(j).begin() < paraStart) {
                // "Calder boss Ruth Adeyemi was less happy. "…," she said.": the paragraph's own person
                return new Attribution(names.fullName(inParagraph), null);
            }
            if (rules.lemmas && toks.get(j).begin() < paraStart && j + 1 < toks.size()
                    && toks.get(j + 1).begin() >= paraStart) {
                EntityMention role = OpeningSubjects.latestRole(this, paraStart, pos, gender); // "The coroner was …"
                Attribution unnamed = role != null ? new Attribution(names.fullName(role), null)
                        : UnnamedOpeners.of(this, paraStart, pos); // "A senior nurse …. "…," she said."
                if (!unnamed.isEmpty()) {
                    return unnamed;
                }
            }
            if (!rules.isReportingVerb(toks.get(j)) || quoted[j] || objectBeforeParticiple(j)
                    || ReducedRelatives.describesNounBefore(this, j) || rules.negated(toks, j)
                    || ReducedRelatives.inPrepositionalRelative(this, j)) {
                continue;
            }
            EntityMention asked = rules.lemmas ? AnsweringPerson.asked(this, j, pos, gender) : null;
            if (asked != null) {
                return new Attribution(names.fullName(asked), null);
            }
            EntityMention opener = rules.lemmas ? sentenceOpener(j, pos, gender) : null;
            if (opener != null) {
                return new Attribution(names.fullName(opener), null);
            }
            int[] np = speakerOfVerb(j);
            if (np[1] <= np[0] || np[1] - np[0] == 1 && (toks.get(np[0]).pos().startsWith("PRP")
                    || rules.pronouns.containsKey(toks.get(np[0]).lower()))) {
                Attribution chained = np[1] > np[0] && rules.lemmas ? PronounChains.speakerOf(this, j, np[0], gender)
                        : Attribution.NONE; // "…," he said. / He said prison had cost him …: the same he
                if (!chained.isEmpty()) {
                    return chained;
                }
                continue;
            }
            Attribution a = np[1] > np[0] ? names.describe(toks.get(np[0]).begin(), toks.get(np[1] - 1).end(), null)
                    : Attribution.NONE;
            TaggedToken head = toks.get(np[1] - 1);
            boolean person = rules.lemmas && head.pos().equals("NN") && CoreNlpLists.isAnimate(head.word());
            boolean named = a.speaker() != null && (names.isPerson(a.speaker())
                    || GivenNames.isPlainGivenName(a.speaker())) && fits(a.speaker(), gender); // "Tom, a …, said"
            if (named || a.speaker() == null && person) {
                return a;
            }
        }
        EntityMention person = gender == null ? null
                : names.lastPersonBefore(pos, windowStart, n -> gender.equals(genders.of(n)), this::agentOfOpening);
        if (person == null) {
            person = names.lastPersonBefore(pos, windowStart, n -> fits(n, gender), this::agentOfOpening);
        }
        return person == null ? Attribution.NONE : new Attribution(names.fullName(person), null);
    }

    /**
     * Read on English tags, whether a person is named in the agent of a participle opening the sentence, "Pressed by
     * the presenter, Nadia Rahman, on why …, she said": the one doing the pressing is no subject of the sentence, so
     * no he/she after it.
     */
    private boolean agentOfOpening(EntityMention e) {
        int k = firstTokAt(e.start()) - 1;
        int sentence = k >= 0 ? toks.get(k).sentence() : -1;
        while (k > 0 && toks.get(k).sentence() == sentence && !toks.get(k).lower().equals("by")
                && (Phrases.isNounish(toks.get(k)) || toks.get(k).word().equals(",")
                || "DT".equals(toks.get(k).pos()) || "JJ".equals(toks.get(k).pos()))) {
            k--;
        }
        return rules.lemmas && k > 0 && toks.get(k).lower().equals("by") && "VBN".equals(toks.get(k - 1).pos())
                && (k - 1 == 0 || toks.get(k - 2).sentence() != sentence);
    }

    /**
     * "…has written to the health secretary asking her to intervene": a reporting verb as a participle right after a
     * noun or an object pronoun, that noun being no subject of it.
     */
    private boolean objectBeforeParticiple(int j) {
        return rules.lemmas && "VBG".equals(toks.get(j).pos()) && j > 0 && toks.get(j - 1).pos() != null
                && (toks.get(j - 1).pos().startsWith("NN") || toks.get(j - 1).pos().equals("PRP"));
    }

    /**
     * "Councillor Imran Shah said the building had been "given a second life". Librarian Gwen Tally was more
     * emotional. "…," she said.": the latest sentence of the quote's paragraph after the reporting verb at {@code verb}
     * and before {@code pos} that opens with a person named in full, or by the surname of one named in full (after at
     * most two capitalised words), or with a role phrase that names one ({@link OpeningSubjects#role}), followed by a verb,
     * without quotes, whose person fits {@code gender}; null when none.
     */
    private EntityMention sentenceOpener(int verb, int pos, String gender) {
        int para = doc.paragraphAt(pos);
        EntityMention best = null;
        for (int i = verb + 1; i < toks.size() && toks.get(i).begin() < pos; i++) {
            if (toks.get(i).sentence() == toks.get(i - 1).sentence() || doc.paragraphAt(toks.get(i).begin()) != para) {
                continue;
            }
            EntityMention role = rules.lemmas ? OpeningSubjects.role(this, i, pos) : null;
            if (role == null && rules.lemmas) {
                role = OpeningSubjects.untaggedSurname(this, i, pos); // "Tregarthen closed the session …"
            }
            if (role != null && fits(names.fullName(role), gender)) {
                best = role; // "The judge adjourned the hearing. "…," she said."
                continue;
            }
            for (int k = i; k < Math.min(i + 3, toks.size()) && !quoted[k]; k++) {
                EntityMention e = doc.entityAt(toks.get(k).begin());
                if (e != null && EntityType.PERSON.is(e.type()) && e.start() == toks.get(k).begin()) {
                    int after = k;
                    while (after < toks.size() && toks.get(after).end() <= e.end()) {
                        after++;
                    }
                    if (after < toks.size() && toks.get(after).isVerb() && names.fullName(e).contains(" ")
                            && toks.get(after).begin() < pos && fits(names.fullName(e), gender)) {
                        best = e;
                    }
                    break;
                }
                if (!Character.isUpperCase(toks.get(k).word().charAt(0))) {
                    break; // "Librarian Gwen Tally": capitalised words before the name
                }
            }
        }
        return best;
    }

    /**
     * The organisation an "it" of a reporting clause stands for: the subject of the first reporting verb of the latest
     * sentence before {@code pos}, in its paragraph or the one before, whose first reporting verb has a subject other
     * than a pronoun ("The airport said in a statement that the fault had been fixed. "…," it said."), when that
     * subject is no person: an organisation, or a capitalised name no model tagged; else none.
     */
    Attribution recentBody(int pos) {
        for (int[] s : sentencesBack(pos, firstTokAt(pos) - 1)) {
            int first = s[0];
            for (int j = first; j <= s[1]; j++) {
                if (!rules.isReportingVerb(toks.get(j)) || quoted[j]) {
                    continue;
                }
                int[] np = speakerOfVerb(j);
                if (np[1] <= np[0] || np[1] - np[0] == 1 && toks.get(np[0]).pos().startsWith("PRP")) {
                    break;
                }
                Attribution a = names.describe(toks.get(np[0]).begin(), toks.get(np[1] - 1).end(), null);
                if (a.speaker() != null) {
                    return names.isPerson(a.speaker()) ? Attribution.NONE : a;
                }
                String phrase = doc.text().substring(toks.get(np[0]).begin(), toks.get(np[1] - 1).end());
                boolean proper = toks.subList(np[0], np[1]).stream()
                        .allMatch(t -> t.pos().startsWith("NNP") || t.pos().equals("DT"));
                return proper ? new Attribution(phrase.replaceFirst("^(?i)the\\s+", ""), null) : Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /**
     * The group a "they" of a reporting clause stands for: the subject of the first finite verb of the latest sentence
     * before {@code pos}, in its paragraph or the one before, when that subject's head (the word before "of" or
     * "for", else its last) is a plural common noun: "The parents of missing hiker Leo Strand have thanked the
     * volunteers. "…," they said." is said by "The parents of missing hiker Leo Strand"; else none.
     */
    Attribution recentGroup(int pos) {
        int at = Math.min(firstTokAt(pos), toks.size() - 1);
        int last = at - 1;
        while (last >= 0 && toks.get(last).sentence() == toks.get(at).sentence()) {
            last--; // the quote's own sentence is no earlier one
        }
        for (int[] s : sentencesBack(pos, last)) {
            int first = s[0];
            for (int j = first; j <= s[1]; j++) {
                String tag = toks.get(j).pos();
                if (quoted[j] || !(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))) {
                    continue;
                }
                int[] np = Phrases.subjectOf(rules, toks, j);
                int from = np[0];
                while (from > first && (Phrases.isNounish(toks.get(from - 1)) || toks.get(from - 1).lower().equals("of")
                        || toks.get(from - 1).lower().equals("for") || "VBG".equals(toks.get(from - 1).pos())
                        || "VBN".equals(toks.get(from - 1).pos()))) {
                    from--; // "The parents of missing hiker Leo Strand": back over a participle adjective
                }
                int end = np[1];
                if (end <= from || from != first) {
                    break;
                }
                int head = end - 1;
                for (int k = from + 1; k < end; k++) {
                    if (toks.get(k).lower().equals("of") || toks.get(k).lower().equals("for")) {
                        head = k - 1;
                        break;
                    }
                }
                if (!"NNS".equals(toks.get(head).pos())) {
                    break;
                }
                return new Attribution(null, doc.text().substring(toks.get(from).begin(), toks.get(end - 1).end()));
            }
        }
        return Attribution.NONE;
    }

    /**
     * The sentences from the one of token {@code last} back to the first of the paragraph before {@code pos}'s, latest
     * first, each as its first and last token ({@code last} ending the first one).
     */
    private List<int[]> sentencesBack(int pos, int last) {
        int windowStart = doc.paragraphs().get(Math.max(0, doc.paragraphAt(pos) - 1))[0];
        List<int[]> out = new ArrayList<>();
        while (last >= 0 && toks.get(last).begin() >= windowStart) {
            int first = last;
            while (first > 0 && toks.get(first - 1).sentence() == toks.get(last).sentence()) {
                first--;
            }
            out.add(new int[] {first, last});
            last = first - 1;
        }
        return out;
    }

    /** The phrase naming who speaks with the verb at {@code j}: after it when inverted ("…," said X), else before. */
    int[] speakerOfVerb(int j) {
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
    boolean endsSentence(QuoteSpan q) {
        String inside = doc.text().substring(q.start(), q.end()).strip();
        return inside.endsWith(".") && !inside.endsWith("..");
    }

    /** Whether the quote is the first thing in its paragraph (a bare quote paragraph continues the last speaker). */
    boolean opensParagraph(QuoteSpan q, int para) {
        return doc.text().substring(doc.paragraphs().get(para)[0], q.outerStart()).isBlank();
    }

    boolean fits(String name, String gender) {
        String known = genders.of(name);
        return known == null || gender == null || known.equals(gender);
    }

    int firstTokAt(int pos) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).begin() >= pos) {
                return i;
            }
        }
        return toks.size();
    }

    int nextQuoteTok(QuoteSpan q) {
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
