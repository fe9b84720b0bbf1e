package org.dossier.annotate;

import java.util.List;

/**
 * Whether a quoted stretch of one to three words is an utterance rather than a scare quote: a short sentence with a
 * speaker, a whole sentence in its marks, a fragment a reporting verb introduces, a one-word answer ("No," he
 * replied); and whether a quoted stretch is an emphasis inside the writer's sentence, not a quote ({@link #emphasis}).
 * Use through {@link QuoteScanner}.
 */
final class ShortQuotes {
    private final AnnotatedText doc;
    private final QuoteRules rules;

    ShortQuotes(AnnotatedText doc, QuoteRules rules) {
        this.doc = doc;
        this.rules = rules;
    }

    /**
     * Whether a quote of one to three words is an utterance, not a scare quote: a short sentence with a speaker
     * ("We will win," he said), a whole sentence in its marks ("Nothing at all."), or a fragment of two words or
     * more in the complement of a reporting verb of its sentence (she said the plan was "dead on arrival"), or a
     * headline's quote ({@link HeadlineFragments}: "Think tank: numbers 'don't add up'"), or a fragment naming the
     * object of a naming verb ({@link #namedFragment}: calling it "an insult").
     */
    boolean kept(int open, int close) {
        return shortSentenceWithSpeaker(open, close) || wholeSentence(open, close) || reportedFragment(open, close)
                || rules.lemmas && HeadlineFragments.quoted(doc, open, close) || namedFragment(open, close);
    }

    /** Whether nothing but a sentence's end (or its paragraph's start) stands before the mark at {@code open}. */
    private boolean opensSentence(int open) {
        int para = doc.paragraphAt(open);
        String before = doc.text().substring(para < 0 ? 0 : doc.paragraphs().get(para)[0], open).strip();
        return before.isEmpty() || ".!?".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /**
     * "Nothing at all.": capitalised, closed by a sentence's end inside the marks, opening its sentence or, on English
     * tags, after a colon that a reporting verb of its sentence comes before ("Hale said simply: "No."").
     */
    private boolean wholeSentence(int open, int close) {
        String inner = doc.text().substring(open + 1, close).strip();
        if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0)) || ".!?".indexOf(inner.charAt(inner.length() - 1)) < 0) {
            return false;
        }
        List<TaggedToken> in = doc.toksIn(open + 1, close);
        int para = doc.paragraphAt(open);
        String before = doc.text().substring(para < 0 ? 0 : doc.paragraphs().get(para)[0], open).strip();
        return !in.isEmpty() && (before.isEmpty() || ".!?".indexOf(before.charAt(before.length() - 1)) >= 0
                || before.endsWith(":") && reportedBefore(open, in.get(0).sentence())
                || QuoteMarks.DOUBLE.indexOf(before.charAt(before.length() - 1)) >= 0 && before.length() > 1
                && ".!?".indexOf(before.charAt(before.length() - 2)) >= 0);
    }

    /** Whether a reporting verb of sentence {@code sentence} stands before {@code open} in its paragraph (English). */
    private boolean reportedBefore(int open, int sentence) {
        int para = doc.paragraphAt(open);
        List<TaggedToken> before = doc.toksIn(para < 0 ? 0 : doc.paragraphs().get(para)[0], open);
        for (int j = before.size() - 1; rules.lemmas && j >= 0 && before.get(j).sentence() == sentence; j--) {
            if (rules.isReportingVerb(before.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A fragment of two words or more after a reporting verb of its own sentence; on English tags, one lower-case word
     * too where a "be" stands right before it, as the reported clause's predicate (it said it was "heartbroken",
     * said the answer was 'feeble').
     */
    private boolean reportedFragment(int open, int close) {
        int n = words(doc.text(), open + 1, close);
        if (n < 1 || n == 1 && !predicateWord(open, close)) {
            return false;
        }
        List<TaggedToken> inner = doc.toksIn(open + 1, close);
        if (inner.isEmpty()) {
            return false;
        }
        int sentence = inner.get(0).sentence();
        int para = doc.paragraphAt(open);
        int from = para < 0 ? 0 : doc.paragraphs().get(para)[0];
        List<TaggedToken> before = doc.toksIn(from, open);
        if (rules.lemmas && reportedSubject(before, open, close)) {
            return false; // said that 'cold water shock' killed more swimmers: the writer's term for a thing
        }
        for (int j = before.size() - 1; j >= 0 && before.get(j).sentence() == sentence; j--) {
            String w = before.get(j).word();
            if (QuoteMarks.DOUBLE.indexOf(w.charAt(0)) >= 0 || w.equals("``") || w.equals("''")) {
                return false;
            }
            if (rules.isReportingVerb(before.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a fragment is the subject of a reported clause, the term for a thing rather than words said: right after
     * "that" and right before a finite verb ("said that "smart meters" cut bills").
     */
    private boolean reportedSubject(List<TaggedToken> before, int open, int close) {
        if (before.isEmpty() || !before.get(before.size() - 1).lower().equals("that")) {
            return false;
        }
        int para = doc.paragraphAt(close);
        List<TaggedToken> after = doc.toksIn(close + 1, para < 0 ? doc.text().length() : doc.paragraphs().get(para)[1]);
        String pos = after.isEmpty() ? null : after.get(0).pos();
        return pos != null && (FINITE.contains(pos) || pos.equals("VBN")); // the marks make a tagger read "saved" VBN
    }

    /** The most tokens between a naming verb and the fragment it names ("called the new cancellations "…""). */
    private static final int NAMED_REACH = 4;

    /**
     * Read on English tags, whether a fragment of two or three words, none capitalised, follows a naming verb
     * ({@code naming} in {@code attribution.txt}) and its object within a few tokens of its sentence: "calling it
     * "an insult"", "called the cancellations "a shambles"", "described the offer as "a joke"". Not after a reflexive
     * ("call themselves "the best fans"": a name), a passive ("has been called "…"") nor a verb after "what" or "so"
     * ("what economists call "…""), and not where the mark stands inside the writer's noun phrase ("called the tour
     * a "cash grab"").
     */
    boolean namedFragment(int open, int close) {
        return rules.lemmas && words(doc.text(), open + 1, close) >= 2
                && doc.text().substring(open + 1, close).matches("[^\\p{Lu}]*") && namingVerb(open) >= 0;
    }

    /**
     * Where the naming verb a fragment opening at {@code open} names the object of begins (see
     * {@link #namedFragment}), or -1.
     */
    int namingVerb(int open) {
        int para = doc.paragraphAt(open);
        List<TaggedToken> before = doc.toksIn(para < 0 ? 0 : doc.paragraphs().get(para)[0], open);
        String last = before.isEmpty() || before.get(before.size() - 1).pos() == null ? ""
                : before.get(before.size() - 1).pos();
        if (last.equals("DT") || last.startsWith("JJ") || last.equals("PRP$") || last.equals("POS")) {
            return -1; // the tour a "cash grab", the 'bonfire trial': a label inside the writer's noun phrase
        }
        for (int j = before.size() - 1; j >= 0 && before.size() - j <= NAMED_REACH + 1; j--) {
            TaggedToken t = before.get(j);
            if (t.isPunct() || rules.reflexives.contains(t.lower()) || j < before.size() - 1 && t.endsSentence()) {
                return -1;
            }
            if (t.isVerb() && t.lemma() != null && rules.naming.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                TaggedToken w = j > 0 ? before.get(j - 1) : t;
                boolean passive = j > 0 && "be".equals(w.lemma()); // "has been called", "is dubbed": a name
                boolean term = w.lower().equals("what") || w.lower().equals("so") || w.lower().equals("-");
                return passive || term ? -1 : t.begin();
            }
        }
        return -1;
    }

    /** One lower-case word in marks right after a form of "be" (English tags). */
    private boolean predicateWord(int open, int close) {
        String inner = doc.text().substring(open + 1, close).strip();
        List<TaggedToken> before = doc.toksIn(Math.max(0, open - 20), open);
        if (!rules.lemmas || inner.isEmpty() || !Character.isLowerCase(inner.charAt(0)) || before.isEmpty()) {
            return false;
        }
        TaggedToken t = before.get(before.size() - 1);
        return t.isVerb() && "be".equals(t.lemma());
    }

    /**
     * A short full utterance, not a scare quote: "We will win," he said; « Le pollueur paiera », a-t-elle affirmé (the
     * comma outside the marks); a one-word answer ("No," he replied) when it opens its sentence.
     */
    private boolean shortSentenceWithSpeaker(int open, int close) {
        String inner = doc.text().substring(open + 1, close).strip();
        int n = words(doc.text(), open + 1, close);
        if (n < 1 || n == 1 && !opensSentence(open) || inner.isEmpty() || !Character.isUpperCase(inner.charAt(0))
                || ".,!?".indexOf(inner.charAt(inner.length() - 1)) < 0 && !commaAfter(close)) {
            return false;
        }
        List<TaggedToken> after = doc.toksIn(close + 1, Math.min(doc.text().length(), close + 120));
        if (rules.lemmas) {
            return speakerPhraseThenVerb(after);
        }
        int reach = n == 1 ? 3 : 5; // words, a hyphen of a name not counted ("chairman Neil Pardew-Haigh said")
        for (int j = 0; j < Math.min(after.size(), reach) && !after.get(j).endsSentence(); j++) {
            if (rules.isReportingVerb(after.get(j)) || j <= 1 && rules.quoteThenSource.contains(after.get(j).lower())) {
                return true;
            }
            if ("HYPH".equals(after.get(j).pos()) || after.get(j).word().equals("-")) {
                reach++;
            }
        }
        return false;
    }

    /** Whether a comma follows the closing mark: the French and German place for it (« Non », a-t-il dit). */
    private boolean commaAfter(int close) {
        String t = doc.text();
        int i = close + 1;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i < t.length() && t.charAt(i) == ',';
    }

    /**
     * Read on English tags, whether the words after a short quote are a reporting verb, or a speaker phrase and then
     * one: ""Yes," Detective Sergeant Imran Qadir told the court", ""Never," the former prime minister replied",
     * ""Maybe," Hale, 61, said", ""Maybe," he eventually said" (nouns, adjectives, numbers, commas, an adverb).
     */
    private boolean speakerPhraseThenVerb(List<TaggedToken> after) {
        for (int j = 0; j < Math.min(after.size(), SPEAKER_PHRASE) && !after.get(j).endsSentence(); j++) {
            TaggedToken t = after.get(j);
            if (rules.isReportingVerb(t) || j <= 1 && rules.quoteThenSource.contains(t.lower())) {
                return true;
            }
            boolean phrase = Phrases.isNounish(t) || t.word().equals(",") || t.word().equals("-")
                    || t.pos() != null && t.pos().startsWith("RB");
            if (!phrase) {
                return false;
            }
        }
        return false;
    }

    /** The most tokens a speaker phrase between a short quote and its reporting verb may have. */
    private static final int SPEAKER_PHRASE = 10;

    /** Tags of a finite verb: a quoted stretch holding none has no clause of its own. */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * Whether a quoted stretch is an emphasis inside the writer's sentence, not a quote (English tags): capitalised
     * though it opens no sentence and follows no colon, with no finite verb and no sentence end inside its marks
     * (translated reports keep the source's capital: positions "Poles apart", the process must not take "Months").
     */
    boolean emphasis(int open, int close) {
        if (!rules.lemmas || open < 0 || close <= open || opensSentence(open)) {
            return false;
        }
        String inner = doc.text().substring(open + 1, close).strip();
        int para = doc.paragraphAt(open);
        String before = doc.text().substring(para < 0 ? 0 : doc.paragraphs().get(para)[0], open).strip();
        if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0)) || before.endsWith(":")
                || QuoteMarks.DOUBLE.indexOf(before.isEmpty() ? ' ' : before.charAt(before.length() - 1)) >= 0
                || ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0 || inner.startsWith("I ")) {
            return false;
        }
        List<TaggedToken> in = doc.toksIn(open + 1, close);
        return !in.isEmpty() && in.stream().noneMatch(t -> t.pos() != null && FINITE.contains(t.pos()));
    }

    /** The words in [from, to) of {@code text}: runs of letters and digits, with inner apostrophes and hyphens. */
    static int words(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-'));
        }
        return n;
    }
}
