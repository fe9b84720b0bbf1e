package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;

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
    final QuoteRules rules;
    final List<QuoteSpan> allQuoted = new ArrayList<>();

    SpeakerContext(AnnotatedText doc, List<QuoteSpan> quotes, List<QuoteSpan> scare, QuoteRules rules) {
        this.doc = doc;
        this.rules = rules;
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

    Attribution resolvePhrase(int[] np, int pos) {
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
    Attribution recentSubject(int pos, String gender) {
        int para = doc.paragraphAt(pos);
        int windowStart = doc.paragraphs().get(Math.max(0, para - PRONOUN_WINDOW_PARAGRAPHS))[0];
        int paraStart = doc.paragraphs().get(Math.max(0, para))[0];
        EntityMention inParagraph = rules.lemmas
                ? names.lastPersonBefore(pos, paraStart, n -> n.contains(" ") && fits(n, gender)) : null;
        for (int j = firstTokAt(pos) - 1; j >= 0 && toks.get(j).begin() >= windowStart; j--) {
            if (inParagraph != null && toks.get(j).begin() < paraStart) {
                // "Calder boss Ruth Adeyemi was less happy. "…," she said.": the paragraph's own person
                return new Attribution(names.fullName(inParagraph), null);
            }
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

    private static boolean fits(String name, String gender) {
        String known = knownGender(name);
        return known == null || gender == null || known.equals(gender);
    }

    /** The gender of a name whose first word is a known first name (and which has a surname), else null. */
    private static String knownGender(String name) {
        String[] w = name.split("\\s+");
        return w.length < 2 ? null : CoreNlpLists.genderOfFirstName(w[0]);
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
