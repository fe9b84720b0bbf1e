package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.rules.RuleFiles;
import org.dossier.text.CalendarNames;

/**
 * The quote and speaker rules of one language, read once from annotate's rule files
 * ({@code org/dossier/annotate/<lang>/}: reporting verbs, speaker pronouns, stop words, honorifics, attribution
 * words). English rules read the lemmas and tags of the English model; German, French, Spanish and Italian rules read word
 * forms only, so they hold whatever model (or none) tokenised the text. A language without its own rules is read
 * with the English ones.
 */
final class QuoteRules {
    /** The languages with quote rules of their own. */
    static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it");
    private static final Map<String, QuoteRules> MADE = new ConcurrentHashMap<>();

    final String language;
    /** Whether reporting verbs are lemmas checked with English verb tags (else lower-case word forms). */
    final boolean lemmas;
    final Set<String> reportingVerbs;
    final Map<String, String> pronouns;
    final Set<String> stopWords;
    final Set<String> honorifics;
    /** Phrases that put the source after them ("according to X", "selon X"), as lower-case token sequences. */
    final List<List<String>> sourceBefore;
    /** Words that put the source before them ("dem Minister zufolge"). */
    final Set<String> sourceAfter;
    /** Words that, right after a quote, introduce its source ("„…“, so Merz"). */
    final Set<String> quoteThenSource;
    /** Lower-case words that may stand inside a speaker phrase (articles, role nouns). */
    final Set<String> phraseWords;
    /** Role nouns before a name ("Ministerin", "porte-parole"; word-form rules, {@code speaker-roles.txt}). */
    final Set<String> roles;
    /** Whether the language writes compound nouns, so a word ending in a role noun is one ("Regierungssprecher"). */
    final boolean compounds;
    /** Definite articles: "der Bundespräsident" after a named one is that person (word-form rules). */
    final Set<String> definite;
    /** Time words that may stand between a reporting verb and its speaker ("a annoncé jeudi soir X"). */
    final Set<String> timeWords;
    /** Whether the language drops a known subject ("«…», señaló."): the speaker is the person last named. */
    final boolean dropsSubject;
    /** Articles, after which a lower-case noun belongs to a speaker phrase ("une habitante"; word-form rules). */
    final Set<String> articles;
    /** Auxiliaries between a subject and its reporting verb ("X a déclaré"). */
    final Set<String> auxiliaries;
    /** Lemmas of verbs whose subject speaks the quote inside their sentence ("X called it "…""). */
    final Set<String> describing;
    /** Lemmas of describing verbs that name their object in the speaker's words ("calling it "an insult""). */
    final Set<String> naming;
    /** Dashes that open a paragraph of speech ("—Vamos a ganar —dijo—."), empty where the language has none. */
    final String dialogueDashes;
    /** Marks opening a printed interview's question and answer paragraphs ("Q:", "A:"), case kept. */
    final List<String> questionMarks;
    final List<String> answerMarks;
    /** Weekday and month names of the language (a model may take them for people). */
    final Set<String> calendarWords;
    /** Titles a model takes into a person's name ("Mayor", "Senator"; {@code name-titles.txt}), lower case. */
    final Set<String> nameTitles;
    /** Everyday roles a tagger takes into a name at a sentence's start ("Neighbour Graham Teale"), lower case. */
    final Set<String> everydayRoles;
    /** Courtesy titles that give a person's gender ("Mrs" FEMALE; {@code honorific-genders.txt}), English only. */
    final Map<String, String> honorificGenders;
    /** Pronouns that stand for an organisation speaking ("…," it said; {@code attribution.txt} {@code body-pronoun}). */
    final Set<String> bodyPronouns;
    /** Pronouns that only stress a speaker phrase ("Solano herself posted"; {@code attribution.txt} {@code reflexive}). */
    final Set<String> reflexives;
    /** Pronouns that stand for a group speaking ("…," they said; {@code attribution.txt} {@code group-pronoun}). */
    final Set<String> groupPronouns;
    /** Nouns of a written statement and the verbs that report its words ("A statement from X read: "…""). */
    final Set<String> statementNouns;
    final Set<String> statementVerbs;
    /** Reporting verbs that report speech only with nothing but punctuation after them ("…," he continued.). */
    final Set<String> bareVerbs;
    /** Words opening an indirect question after "asked X" ("asked Otieno whether …": X answers what follows). */
    final Set<String> questionWords;

    private QuoteRules(String language) {
        this.language = language;
        this.lemmas = language.equals("en");
        this.reportingVerbs = RuleFiles.words(QuoteRules.class, language, "reporting-verbs.txt");
        this.pronouns = RuleFiles.pairs(QuoteRules.class, language, "speaker-pronouns.txt");
        this.stopWords = RuleFiles.words(QuoteRules.class, language, "speaker-stop-words.txt");
        this.honorifics = RuleFiles.words(QuoteRules.class, language, "honorifics.txt");
        Map<String, List<String>> kinds = RuleFiles.lists(QuoteRules.class, language, "attribution.txt");
        List<List<String>> before = new ArrayList<>();
        for (String phrase : kinds.getOrDefault("source-before", List.of())) {
            before.add(List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        this.sourceBefore = List.copyOf(before);
        this.sourceAfter = lower(kinds.get("source-after"));
        this.quoteThenSource = lower(kinds.get("quote-then-source"));
        this.phraseWords = lower(kinds.get("phrase-word"));
        this.auxiliaries = lower(kinds.get("auxiliary"));
        this.articles = lower(kinds.get("article"));
        this.definite = lower(kinds.get("definite"));
        this.timeWords = lower(kinds.get("time-word"));
        this.dropsSubject = kinds.containsKey("drops-subject");
        this.roles = RuleFiles.words(QuoteRules.class, language, "speaker-roles.txt");
        this.compounds = RuleFiles.words(QuoteRules.class, "noun-capitalising.txt").contains(language);
        this.describing = lower(kinds.get("describing"));
        this.naming = lower(kinds.get("naming"));
        this.bodyPronouns = lower(kinds.get("body-pronoun"));
        this.reflexives = lower(kinds.get("reflexive"));
        this.groupPronouns = lower(kinds.get("group-pronoun"));
        this.statementNouns = lower(kinds.get("statement-noun"));
        this.statementVerbs = lower(kinds.get("statement-verb"));
        this.bareVerbs = lower(kinds.get("bare-verb"));
        this.questionWords = lower(kinds.get("question-word"));
        this.dialogueDashes = String.join("", kinds.getOrDefault("dialogue-dash", List.of()));
        this.questionMarks = List.copyOf(kinds.getOrDefault("interview-question", List.of()));
        this.answerMarks = List.copyOf(kinds.getOrDefault("interview-answer", List.of()));
        Set<String> calendar = new java.util.HashSet<>(CalendarNames.weekdays(language).keySet());
        calendar.addAll(CalendarNames.monthWords(language).keySet());
        this.calendarWords = Set.copyOf(calendar);
        this.nameTitles = RuleFiles.words(QuoteRules.class, language, "name-titles.txt");
        this.everydayRoles = lemmas ? lower(List.copyOf(RuleFiles.words(QuoteRules.class, language, "everyday-roles.txt")))
                : Set.of();
        this.honorificGenders = lemmas ? RuleFiles.pairs(QuoteRules.class, language, "honorific-genders.txt") : Map.of();
    }

    /** The rules for an article's language (ISO 639-1, possibly null, "und" or with a region). */
    static QuoteRules of(String language) {
        String code = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return MADE.computeIfAbsent(LANGUAGES.contains(code) ? code : "en", QuoteRules::new);
    }

    /** Whether a language (ISO 639-1, possibly with a region) has quote rules of its own, not English's. */
    static boolean hasOwn(String language) {
        return language != null && LANGUAGES.contains(language.toLowerCase(Locale.ROOT).split("[-_]")[0]);
    }

    /**
     * The gender of the subject pronoun an auxiliary carries ("a-t-il", "a-t-elle"), or null: the speaker of
     * "« … », a-t-il déclaré" is the one the pronoun stands for.
     */
    String pronounIn(TaggedToken auxiliary) {
        String w = auxiliary.lower();
        for (Map.Entry<String, String> p : pronouns.entrySet()) {
            String key = p.getKey().startsWith("-") ? p.getKey() : "-" + p.getKey();
            if (w.length() > key.length() && w.endsWith(key) && auxiliaries.contains(w)) {
                return p.getValue();
            }
        }
        return null;
    }

    /** The length of the question (or answer) mark opening the paragraph at {@code from}, with its space; or 0. */
    static int markAt(String text, int from, List<String> marks) {
        for (String m : marks) {
            if (text.startsWith(m, from) && from + m.length() < text.length()
                    && Character.isWhitespace(text.charAt(from + m.length()))) {
                return m.length() + 1;
            }
        }
        return 0;
    }

    /** Whether the paragraph at {@code from} opens with an interview's question or answer mark. */
    boolean isInterviewLine(String text, int from) {
        return markAt(text, from, questionMarks) > 0 || markAt(text, from, answerMarks) > 0;
    }

    boolean isReportingVerb(TaggedToken t) {
        if (lemmas) {
            return t.pos() != null && t.pos().startsWith("VB") && t.lemma() != null
                    && reportingVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
        }
        return reportingVerbs.contains(t.lower());
    }

    /**
     * Whether the reporting verb at {@code j} has a word after it in its sentence other than punctuation and
     * adverbs, while it is one that reports speech only bare ({@code bare-verb}: "talks would continue "…"" is no
     * speech, "…," he continued. is).
     */
    boolean bareVerbWithObject(List<TaggedToken> toks, int j) {
        TaggedToken t = toks.get(j);
        if (!lemmas || t.lemma() == null || !bareVerbs.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = j + 1;
        while (k < toks.size() && toks.get(k).pos() != null && toks.get(k).pos().startsWith("RB")) {
            k++;
        }
        if (k >= toks.size() || toks.get(k).sentence() != t.sentence()) {
            return false;
        }
        String w = toks.get(k).word();
        boolean openMark = w.equals("``") || !w.isEmpty() && QuoteMarks.DOUBLE.indexOf(w.charAt(0)) >= 0;
        return !toks.get(k).isPunct() || openMark; // "would continue "at every level"": the quote is its object
    }

    /**
     * Whether token {@code j} is a verb reporting a written statement's words: a {@code statement-verb} ("read")
     * whose subject ends with a statement noun and "from …" ("A statement from his family read") or that a
     * statement noun follows ("read a statement from X").
     */
    boolean readsStatement(List<TaggedToken> toks, int j) {
        TaggedToken t = toks.get(j);
        if (!lemmas || t.pos() == null || !t.pos().startsWith("VB") || t.lemma() == null
                || !statementVerbs.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return statementAfter(toks, j + 1) > 0 || statementFromBefore(toks, j);
    }

    /**
     * The index after "from" when the tokens at {@code i} are an article, perhaps an adjective, a statement noun and
     * "from" ("a statement from", "a brief statement from"); else -1.
     */
    int statementAfter(List<TaggedToken> toks, int i) {
        int k = i;
        if (k < toks.size() && "DT".equals(toks.get(k).pos())) {
            k++;
        }
        if (k < toks.size() && "JJ".equals(toks.get(k).pos())) {
            k++;
        }
        if (k + 1 < toks.size() && statementNouns.contains(toks.get(k).lower())
                && toks.get(k + 1).lower().equals("from")) {
            return k + 2;
        }
        return -1;
    }

    /** "A statement from his family read": a statement noun and "from" within the eight tokens before {@code j}. */
    private boolean statementFromBefore(List<TaggedToken> toks, int j) {
        for (int k = j - 1; k > 0 && j - k <= 8 && toks.get(k).sentence() == toks.get(j).sentence(); k--) {
            if (toks.get(k).lower().equals("from") && statementNouns.contains(toks.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "the company did not respond": a reporting verb after "not", "n't" or "never" reports no speech. */
    boolean negated(List<TaggedToken> toks, int j) {
        for (int k = j - 1; lemmas && k >= 0 && k >= j - 2; k--) {
            String w = toks.get(k).lower();
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    boolean isDescribingVerb(TaggedToken t) {
        if (!lemmas) {
            return describing.contains(t.lower());
        }
        return t.isVerb() && t.lemma() != null && describing.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** A role noun of the language, or (where nouns compound) a word ending in one; a hyphenated word by its end. */
    boolean isRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int hyphen = lower.lastIndexOf('-');
        String last = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
        if (roles.contains(lower) || roles.contains(last)) {
            return true;
        }
        if (compounds) {
            for (String r : roles) {
                if (last.length() > r.length() + 2 && last.endsWith(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The length of the source-before phrase ending at token {@code last}, or 0. */
    int sourceBeforeEndingAt(List<TaggedToken> toks, int last) {
        for (List<String> p : sourceBefore) {
            int first = last - p.size() + 1;
            if (first >= 0 && matches(toks, first, p)) {
                return p.size();
            }
        }
        return 0;
    }

    /** The length of the source-before phrase starting at token {@code first}, or 0. */
    int sourceBeforeStartingAt(List<TaggedToken> toks, int first) {
        for (List<String> p : sourceBefore) {
            if (first + p.size() <= toks.size() && matches(toks, first, p)) {
                return p.size();
            }
        }
        return 0;
    }

    private static boolean matches(List<TaggedToken> toks, int first, List<String> p) {
        for (int k = 0; k < p.size(); k++) {
            if (!toks.get(first + k).lower().equals(p.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> lower(List<String> words) {
        if (words == null) {
            return Set.of();
        }
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }
}
