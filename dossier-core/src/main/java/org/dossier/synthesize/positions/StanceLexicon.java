package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.rules.RuleFiles;

/**
 * One language's stance rules as data (files under {@code synthesize/positions/<lang>/}): stance words of reporting
 * clauses and of first-person quotes, negations, complement markers, words that end a content clause or make a
 * stance word a noun, pronouns, conditionals, function words and the subject-excluding words before a name. A
 * language without stance words gets the empty lexicon (no positions are read from its articles).
 */
final class StanceLexicon {
    /** A stance phrase: its words (lower case) and the stance it states. */
    record Phrase(List<String> words, String stance) {}

    static final StanceLexicon EMPTY = new StanceLexicon();
    private static final Map<String, StanceLexicon> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Map<String, String> NEGATED = RuleFiles.pairs(StanceLexicon.class, "negated-stances.txt");
    /** Stances whose content can hold a clause of its own ({@code directive-stances.txt}: "demanded that X accept"). */
    static final Set<String> DIRECTIVE = RuleFiles.words(StanceLexicon.class, "directive-stances.txt");

    final Map<String, List<Phrase>> clausePhrases;
    final Map<String, List<Phrase>> quotePhrases;
    final Set<String> negations;
    final Set<String> markers;
    final Set<String> stops;
    final Set<String> nounOpeners;
    /** Forms of "be" before a stance participle that make it passive ("are required to", "was urged to"). */
    final Set<String> passiveAuxiliaries;
    /** Participles that after "be" still state the subject's stance ("is opposed to"). */
    final Set<String> adjectivalStances;
    /** Words opening the agent of a participle right after it ("the ransom demanded by the gang"): a passive. */
    final Set<String> passiveAgents;
    /** Determiners and numerals before which a participle modifies a noun ("two dismissed stewards"): no stance. */
    final Set<String> attributiveOpeners;
    final Map<String, String> pronouns;
    final Set<String> firstPerson;
    final Set<String> conditionals;
    final Set<String> functionWords;
    final Set<String> nonSubject;
    final Set<String> coordinators;
    final Set<String> articles;
    /** Refusals as negated actions ({@code refusals.txt}): phrases by kind (negated, modal, nobody, not-act). */
    final Map<String, Map<String, List<Phrase>>> refusals;
    /** Openings for talks stated as possible ({@code openings.txt}): phrases by kind (noun, topic, copula, possible). */
    final Map<String, Map<String, List<Phrase>>> openings;
    /** How a proposition of an opening for talks begins ("talks on"). */
    final String talksPrefix;
    /** Words opening an inserted example between commas ({@code inserts.txt}). */
    final Map<String, List<Phrase>> inserts;
    /** Whether a capitalised common word inside a proposition marks a garbled clause ({@code writing.txt}). */
    final boolean capitalsMarkGarble;
    /** The suffix a base verb form takes in the third person ({@code writing.txt}, "s" in English), or empty. */
    final String thirdPersonSuffix;
    /** The ending of a gerund ("ing"), or "" when the language shows refused bare verbs as they are. */
    final String gerundSuffix;
    /** The ending of a verb's past forms ("ed"): a stance word with it is a verb, never a described noun. */
    final String pastSuffix;
    /** The word between an addressee and the verb asked of it ("pressed X to release"), or a word never written. */
    final String infinitiveLink;
    /** Inflected verb forms and endings read back to the base form ({@code verb-forms.txt}): kind → form → base. */
    final Map<String, Map<String, String>> verbForms;
    /** Definite articles that make "the union" a description of an organisation named before (may be empty). */
    final Set<String> definiteArticles;
    /** Whether a comma right after a stance word opens its complement ({@code writing.txt}: German infinitive clauses). */
    final boolean commaOpensComplement;
    /** Coordinators of a list of parallel items ({@code writing.txt}: "and", "or"). */
    final Set<String> listCoordinators;
    /** Subordinators opening a clause with its own subject ({@code writing.txt}: "after", "before"). */
    final Set<String> subjectClauseOpeners;
    /** The word after an organisation name's head noun ({@code writing.txt}: "of" in "Union of …"), or empty. */
    final String nameHeadLink;
    /** Verbs that raise an offer ({@code writing.txt}: "raised its offer … to X"), and the word before the new offer. */
    final Set<String> raiseVerbs;
    /** Verbs that state or restate a stance named by a noun after them ("renewed its call for X"; writing.txt). */
    final Set<String> holdVerbs;
    /** Phrases of several words holding to a stance named by a noun after them ("stood firm on its demand for X"). */
    final List<List<String>> holdPhrases;
    final String raiseTo;
    /** Paired conjunctions ({@code unreadable.txt}): first word → partner; the first alone leaves a dangling clause. */
    final Map<String, String> correlatives;
    /** Relative pronouns before a stance's subject ({@code unreadable.txt}): the clause's object is outside it. */
    final Set<String> relatives;
    /** Relative pronouns that are a stance word's subject across an inserted "she said", and that clause's verbs. */
    final Set<String> subjectRelatives;
    final Set<String> reported;
    /** Nouns that only name a stance or statement: an object of them alone is none ({@code unreadable.txt}, bare). */
    final Set<String> bare;
    /** Phrases opening a condition an actor sets ({@code conditions.txt}: "only if", "unless"), read as demands. */
    final Set<List<String>> conditions;
    /**
     * Stance phrases read only before an addressee and "to" with a verb ({@code stance-words.txt} rows of kind
     * "addressee": "pressed the government to release …"; "asked about" is none).
     */
    final Set<List<String>> addressed;
    /** Separable verbs read only when their particle closes the clause (kind "particle": "wies … zurück"). */
    final Map<List<String>, String> particleBound;
    /** Openness phrases read only before a proposal noun or gerund (kind "proposal": "open to"; {@link BoundStances}). */
    final Set<List<String>> proposalBound;
    /** Nouns of proposals an openness can be to ({@code proposal-nouns.txt}: "review", "reduction"). */
    final Set<String> proposalNouns;
    /** Plain conditions, demands only after an offer or acceptance ({@code offer-conditions.txt}: "if"). */
    final Set<List<String>> offerConditions;
    /** Stances that, with a sum of money for object, say money was received ({@code unreadable.txt}). */
    final Set<String> received;
    /** Words and signs of a sum of money ({@code unreadable.txt}). */
    final Set<String> money;
    /** Role groups that act as one party ({@code role-groups.txt}: "prosecutors", "the defence"): word → name shown. */
    final Map<String, String> roleGroups;
    /** Idioms of resolve ({@code resolve-idioms.txt}): "will not rest until" commits to what follows; by kind. */
    final Map<String, Map<String, List<Phrase>>> resolves;
    /** Claims denied or rejected ({@code claim-nouns.txt}): kind (noun, link) → phrases ("claims" … "that"). */
    final Map<String, Map<String, List<Phrase>>> claims;
    /** A demand's addressee ({@code addressees.txt}): kind (to, drop, keep, particle) → words ("pidió a X que …"). */
    final Map<String, Map<String, List<Phrase>>> addressees;
    /** Nouns around a name that decide the actor ({@code actor-nouns.txt}): kind → words (may be empty). */
    final Map<String, Set<String>> actorNouns;
    final String language;

    private StanceLexicon() {
        clausePhrases = Map.of();
        quotePhrases = Map.of();
        negations = markers = stops = nounOpeners = firstPerson = conditionals = functionWords = nonSubject = Set.of();
        passiveAuxiliaries = adjectivalStances = passiveAgents = attributiveOpeners = Set.of();
        coordinators = articles = Set.of();
        pronouns = Map.of();
        refusals = openings = Map.of();
        inserts = Map.of();
        talksPrefix = "";
        capitalsMarkGarble = false;
        thirdPersonSuffix = gerundSuffix = pastSuffix = "";
        infinitiveLink = "\u0000";
        listCoordinators = Set.of();
        subjectClauseOpeners = Set.of();
        nameHeadLink = "";
        raiseVerbs = holdVerbs = Set.of();
        holdPhrases = List.of();
        raiseTo = "";
        verbForms = Map.of();
        commaOpensComplement = false;
        definiteArticles = Set.of();
        correlatives = Map.of();
        relatives = Set.of();
        subjectRelatives = reported = Set.of();
        received = money = bare = Set.of();
        conditions = addressed = proposalBound = offerConditions = Set.of();
        particleBound = Map.of();
        proposalNouns = Set.of();
        roleGroups = Map.of();
        resolves = claims = addressees = Map.of();
        actorNouns = Map.of();
        language = null;
    }

    private StanceLexicon(String lang) {
        language = lang;
        Class<?> c = StanceLexicon.class;
        List<List<String>> offerRows = optional(c, lang, "offer-conditions.txt").stream()
                .map(r -> List.of(String.join(" ", r), "demands")).toList();
        offerConditions = Set.copyOf(offerRows.stream()
                .map(r -> List.of(r.get(0).toLowerCase(Locale.ROOT).split("\\s+"))).toList());
        List<List<String>> conditionRows = new ArrayList<>(optional(c, lang, "conditions.txt").stream()
                .map(r -> List.of(String.join(" ", r), "demands")).toList());
        conditionRows.addAll(offerRows);
        conditions = Set.copyOf(conditionRows.stream()
                .map(r -> List.of(r.get(0).toLowerCase(Locale.ROOT).split("\\s+"))).toList());
        List<List<String>> clauseRows = new ArrayList<>(RuleFiles.table(c, lang, "stance-words.txt"));
        addressed = Set.copyOf(clauseRows.stream().filter(r -> r.size() > 2 && r.get(2).equals("addressee"))
                .map(r -> List.of(r.get(0).toLowerCase(Locale.ROOT).split("\\s+"))).toList());
        proposalBound = Set.copyOf(clauseRows.stream().filter(r -> r.size() > 2 && r.get(2).equals("proposal"))
                .map(r -> List.of(r.get(0).toLowerCase(Locale.ROOT).split("\\s+"))).toList());
        particleBound = Map.copyOf(clauseRows.stream().filter(r -> r.size() > 3 && r.get(2).equals("particle"))
                .collect(java.util.stream.Collectors.toMap(r -> List.of(r.get(0).toLowerCase(Locale.ROOT).split("\\s+")),
                        r -> r.get(3).toLowerCase(Locale.ROOT), (x, y) -> x)));
        proposalNouns = Set.copyOf(optional(c, lang, "proposal-nouns.txt").stream()
                .map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList());
        clauseRows.addAll(conditionRows);
        clausePhrases = phrases(clauseRows);
        List<List<String>> quoteRows = new ArrayList<>(RuleFiles.table(c, lang, "stance-words.txt"));
        quoteRows.addAll(RuleFiles.table(c, lang, "first-person-stances.txt"));
        quotePhrases = phrases(quoteRows);
        negations = RuleFiles.words(c, lang, "negations.txt");
        markers = RuleFiles.words(c, lang, "complement-markers.txt");
        stops = RuleFiles.words(c, lang, "content-stops.txt");
        nounOpeners = RuleFiles.words(c, lang, "noun-openers.txt");
        List<List<String>> passive = optional(c, lang, "passive.txt"); // languages without the file read none
        passiveAuxiliaries = Set.copyOf(passive.stream().filter(r -> r.size() > 1 && r.get(0).equals("auxiliary"))
                .map(r -> r.get(1)).toList());
        adjectivalStances = Set.copyOf(passive.stream().filter(r -> r.size() > 1 && r.get(0).equals("adjectival"))
                .map(r -> r.get(1)).toList());
        passiveAgents = Set.copyOf(passive.stream().filter(r -> r.size() > 1 && r.get(0).equals("agent"))
                .map(r -> r.get(1)).toList());
        attributiveOpeners = Set.copyOf(passive.stream().filter(r -> r.size() > 1 && r.get(0).equals("attributive"))
                .map(r -> r.get(1)).toList());
        pronouns = RuleFiles.pairs(c, lang, "pronouns.txt");
        firstPerson = RuleFiles.words(c, lang, "first-person.txt");
        conditionals = RuleFiles.words(c, lang, "conditionals.txt");
        functionWords = RuleFiles.words(c, lang, "function-words.txt");
        nonSubject = RuleFiles.words(c, lang, "non-subject-words.txt");
        coordinators = RuleFiles.words(c, lang, "coordinators.txt");
        articles = RuleFiles.words(c, lang, "articles.txt");
        refusals = byKind(RuleFiles.table(c, lang, "refusals.txt"));
        List<List<String>> openingRows = RuleFiles.table(c, lang, "openings.txt");
        openings = byKind(openingRows);
        talksPrefix = openingRows.stream().filter(r -> r.size() > 1 && r.get(0).equals("prefix")).map(r -> r.get(1))
                .findFirst().orElse("");
        inserts = phrases(RuleFiles.lines(c, lang, "inserts.txt").stream().map(l -> List.of(l.strip(), "insert"))
                .toList());
        verbForms = forms(optional(c, lang, "verb-forms.txt"));
        definiteArticles = Set.copyOf(optional(c, lang, "definite-articles.txt").stream().map(r -> r.get(0)).toList());
        Map<String, String> writing = RuleFiles.pairs(c, lang, "writing.txt");
        capitalsMarkGarble = "garble".equals(writing.get("mid-sentence-capitals"));
        thirdPersonSuffix = writing.getOrDefault("third-person-suffix", "");
        gerundSuffix = writing.getOrDefault("gerund-suffix", "");
        pastSuffix = writing.getOrDefault("past-suffix", "");
        commaOpensComplement = "yes".equals(writing.get("comma-opens-complement"));
        listCoordinators = Set.copyOf(List.of(writing.getOrDefault("list-coordinators", "").split("\\s+")));
        subjectClauseOpeners = Set.copyOf(List.of(writing.getOrDefault("subject-clause-openers", "").split("\\s+")));
        nameHeadLink = writing.getOrDefault("name-head-link", "");
        raiseVerbs = Set.copyOf(List.of(writing.getOrDefault("raise-verbs", "").split("\\s+")));
        holdVerbs = Set.copyOf(List.of(writing.getOrDefault("hold-verbs", "").split("\\s+")));
        holdPhrases = java.util.Arrays.stream(writing.getOrDefault("hold-phrases", "").split("\\|"))
                .filter(h -> !h.isBlank()).map(h -> List.of(h.strip().split("\\s+"))).toList();
        raiseTo = writing.getOrDefault("raise-to", "\u0000");
        infinitiveLink = writing.getOrDefault("infinitive-link", "\u0000");
        List<List<String>> unreadable = optional(c, lang, "unreadable.txt");
        correlatives = Map.copyOf(unreadable.stream().filter(r -> r.size() > 2 && r.get(0).equals("correlative"))
                .collect(java.util.stream.Collectors.toMap(r -> r.get(1), r -> r.get(2), (x, y) -> x)));
        relatives = Set.copyOf(unreadable.stream().filter(r -> r.size() > 1 && r.get(0).equals("relative"))
                .map(r -> r.get(1)).toList());
        subjectRelatives = Set.copyOf(unreadable.stream().filter(r -> r.size() > 1 && r.get(0).equals("subject-relative"))
                .map(r -> r.get(1)).toList());
        reported = Set.copyOf(unreadable.stream().filter(r -> r.size() > 1 && r.get(0).equals("reported"))
                .map(r -> r.get(1)).toList());
        received = Set.copyOf(unreadable.stream().filter(r -> r.size() > 1 && r.get(0).equals("received"))
                .map(r -> r.get(1)).toList());
        money = Set.copyOf(unreadable.stream().filter(r -> r.size() > 1 && r.get(0).equals("money"))
                .map(r -> r.get(1)).toList());
        bare = Set.copyOf(unreadable.stream().filter(r -> r.size() > 1 && r.get(0).equals("bare"))
                .map(r -> r.get(1)).toList());
        roleGroups = Map.copyOf(optional(c, lang, "role-groups.txt").stream().filter(r -> r.size() > 1)
                .collect(java.util.stream.Collectors.toMap(r -> r.get(0).toLowerCase(java.util.Locale.ROOT),
                        r -> r.get(1), (x, y) -> x)));
        resolves = byKind(optional(c, lang, "resolve-idioms.txt"));
        claims = byKind(optional(c, lang, "claim-nouns.txt"));
        addressees = byKind(optional(c, lang, "addressees.txt"));
        actorNouns = Map.copyOf(optional(c, lang, "actor-nouns.txt").stream().filter(r -> r.size() > 1)
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get(0), java.util.stream.Collectors.mapping(
                        r -> r.get(1).toLowerCase(Locale.ROOT), java.util.stream.Collectors.toUnmodifiableSet()))));
    }

    /** The words of one kind of {@code actor-nouns.txt}, or none. */
    Set<String> actorNouns(String kind) {
        return actorNouns.getOrDefault(kind, Set.of());
    }

    /** A rule table that only some languages have (empty where the language has none). */
    private static List<List<String>> optional(Class<?> c, String lang, String name) {
        try {
            return RuleFiles.table(c, lang, name);
        } catch (IllegalStateException missing) {
            return List.of();
        }
    }

    private static Map<String, Map<String, String>> forms(List<List<String>> rows) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (List<String> row : rows) {
            if (row.size() >= 3) {
                out.computeIfAbsent(row.get(0), k -> new HashMap<>()).put(row.get(1).toLowerCase(Locale.ROOT), row.get(2));
            }
        }
        return out;
    }

    /**
     * The base form of an inflected verb form by {@code verb-forms.txt} (a whole irregular form, else the longest
     * listed ending replaced, at least two letters left before it), or null when none applies.
     */
    String baseOf(String form) {
        String whole = verbForms.getOrDefault("word", Map.of()).get(form);
        if (whole != null) {
            return whole;
        }
        String best = null;
        for (Map.Entry<String, String> e : verbForms.getOrDefault("suffix", Map.of()).entrySet()) {
            if (form.endsWith(e.getKey()) && form.length() - e.getKey().length() >= 2
                    && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best == null ? null
                : form.substring(0, form.length() - best.length()) + verbForms.get("suffix").get(best);
    }

    /** The phrases of one kind of a typed rule file (empty when the file has none of that kind). */
    static Map<String, List<Phrase>> kind(Map<String, Map<String, List<Phrase>>> table, String kind) {
        return table.getOrDefault(kind, Map.of());
    }

    /** Whether a phrase of the kind starts at token {@code i}. */
    static boolean at(Map<String, Map<String, List<Phrase>>> table, String kind, List<Words.Tok> toks, int i) {
        return i >= 0 && i < toks.size() && match(kind(table, kind), toks, i) != null;
    }

    /** Rows kind<TAB>phrase, grouped by kind as phrase maps (the kind as each phrase's stance). */
    private static Map<String, Map<String, List<Phrase>>> byKind(List<List<String>> rows) {
        Map<String, List<List<String>>> grouped = new HashMap<>();
        for (List<String> row : rows) {
            if (row.size() >= 2) {
                grouped.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(List.of(row.get(1), row.get(0)));
            }
        }
        Map<String, Map<String, List<Phrase>>> out = new HashMap<>();
        grouped.forEach((k, v) -> out.put(k, phrases(v)));
        return out;
    }

    /** The lexicon of a language (ISO code), or {@link #EMPTY} when that language has no stance words. */
    static StanceLexicon of(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.computeIfAbsent(lang, l -> {
            try {
                return new StanceLexicon(l);
            } catch (IllegalStateException missing) {
                return EMPTY;
            }
        });
    }

    /** The stance a negated stance states, or null when the negation leaves no firm position. */
    static String negated(String stance) {
        return NEGATED.get(stance);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    static Phrase match(Map<String, List<Phrase>> phrases, List<Words.Tok> toks, int i) {
        List<Phrase> candidates = phrases.get(toks.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (i + p.words().size() <= toks.size()) {
                boolean all = true;
                for (int k = 1; k < p.words().size() && all; k++) {
                    all = toks.get(i + k).lower().equals(p.words().get(k));
                }
                if (all) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Whether a stance word form is a verb's base form: the lexicon lists its third-person form too ("promise" beside
     * "promises"). False where the language's rules give no third-person suffix.
     */
    boolean baseForm(String lower) {
        return !thirdPersonSuffix.isEmpty() && clausePhrases.containsKey(lower + thirdPersonSuffix);
    }

    boolean isContent(String lower) {
        return lower.length() > 2 && !functionWords.contains(lower) && Character.isLetterOrDigit(lower.charAt(0));
    }

    private static Map<String, List<Phrase>> phrases(List<List<String>> rows) {
        Map<String, List<Phrase>> out = new HashMap<>();
        for (List<String> row : rows) {
            if (row.size() < 2) {
                continue;
            }
            List<String> words = List.of(row.get(0).toLowerCase(Locale.ROOT).split("\\s+"));
            out.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, row.get(1)));
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.words().size())));
        return out;
    }
}
