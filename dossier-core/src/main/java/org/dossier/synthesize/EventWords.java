package org.dossier.synthesize;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * The word lists the timeline reads, for one language: its event words ({@code <lang>/event-triggers.txt}, with
 * {@code context-triggers.txt} and {@code yielding-triggers.txt}; an event word opening with "-" is a word ending, so
 * a language that writes compounds names "Warnstreik" and "Bahnstreik" by "-streik"), the words that speak of an event as still to come
 * ({@code future-words.txt}; an entry opening with "-" is a word ending, "-rá" a Spanish future), outcome words,
 * leading connectives, the words before a time that go with it, the words that make a time a state's start, place
 * words, topic words, clause openers and relative words, and whether the language puts its verb second ({@code verb-second.txt}). An article reads its own language's files; a language with no file of its own reads the
 * English one (as every language did before the others had theirs), so English and the languages without lists
 * read exactly what they read before. Loaded once per language; immutable.
 */
final class EventWords {
    private static final String ENGLISH = "en";
    private static final Map<String, EventWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** Event word to {label, class} or {label, class, word needed after it} (context triggers). */
    final Map<String, String[]> triggers;
    /** Word endings that make a word an event word ("-streik"), longest first, with their label and class. */
    private final List<Map.Entry<String, String[]>> triggerEndings;
    final Map<String, String[]> inContext;
    /**
     * Event words whose class the word right before them decides ({@code class-modifiers.txt}: "air strike" an
     * attack, a strike otherwise): word to the words before it, each to its label and class.
     */
    private final Map<String, Map<String, String[]>> byModifier;
    /** Verbs that only say something befell someone, and the classes of the happenings they yield to. */
    final Map<String, Set<String>> yielding;
    final Set<String> future;
    final List<String> futureEndings;
    final Set<String> outcomes;
    final Set<String> connectives;
    /** The words before a time expression that go with it ({@code time-leads.txt}: "on", "through the"). */
    final Pattern timeLead;
    /** A state's start before (or opening) a time expression ({@code state-bounds.txt}: "since Monday"). */
    final Pattern stateBound;
    /** The length of the longest state bound ("a partir del"). */
    final int longestBound;
    /**
     * A comparison with an earlier figure before a time expression ({@code comparison-leads.txt}: "27 homes, up from
     * the two reported on Monday"): that time dates the earlier figure, not the sentence's event.
     */
    final Pattern comparisonLead;
    final Set<String> placeWords;
    final Set<String> topicWords;
    /** Words that, first in a comma stretch, open a clause of its own ({@code clause-openers.txt}). */
    final Set<String> clauseOpeners;
    /** Relative words ({@code relative-words.txt}): a clause they open is stated with the clause it hangs on. */
    final Set<String> relatives;
    /**
     * A word and a relative word opening a clause on it after a comma ("Die Gespräche, die", "the talks, which"):
     * group 1 the word.
     */
    final Pattern relativeOnWord;
    /**
     * Words that make a name after them (a few words on) the source of the information, no party ({@code
     * source-leads.txt}: "laut", "selon", "según"); null where the language has no list (English keeps its own
     * pattern in {@link EventParticipants}).
     */
    final Pattern sourceBefore;
    /**
     * Auxiliaries of a tense of an earlier act ({@code earlier-auxiliaries.txt}: "had", "avait"): a time after one in
     * a statement's complement dates that act, not the statement.
     */
    final Set<String> earlier;
    /** Words after an earlier auxiliary that make its clause a state or passive ({@code earlier-states.txt}: "been"). */
    final Set<String> earlierStates;
    /**
     * Event words that are none before an object noun of theirs a few words on ({@code no-event-objects.txt}: "met
     * every requirement" satisfies, no meeting): word to the nouns.
     */
    final Map<String, Set<String>> noEventObjects;
    /** Whether the language puts a main clause's verb second ({@code verb-second.txt}): a time opening it stays. */
    final boolean verbSecond;

    private EventWords(String lang) {
        Map<String, String[]> all = triggers(lines(lang, "event-triggers.txt"));
        Map<String, String[]> whole = new HashMap<>();
        List<Map.Entry<String, String[]>> endings0 = new java.util.ArrayList<>();
        all.forEach((w, label) -> {
            if (w.startsWith("-") && w.length() > 1) {
                endings0.add(Map.entry(w.substring(1), label));
            } else {
                whole.put(w, label);
            }
        });
        endings0.sort(Comparator.comparingInt((Map.Entry<String, String[]> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        triggers = Map.copyOf(whole);
        triggerEndings = List.copyOf(endings0);
        inContext = triggers(lines(lang, "context-triggers.txt"));
        byModifier = modifiers(lines(lang, "class-modifiers.txt"));
        yielding = yielding(lines(lang, "yielding-triggers.txt"));
        noEventObjects = yielding(lines(lang, "no-event-objects.txt"));
        Set<String> futureWords = new HashSet<>();
        List<String> endings = new java.util.ArrayList<>();
        for (String w : words(lang, "future-words.txt")) {
            if (w.startsWith("-") && w.length() > 1) {
                endings.add(w.substring(1));
            } else {
                futureWords.add(w);
            }
        }
        future = Set.copyOf(futureWords);
        futureEndings = List.copyOf(endings);
        outcomes = words(lang, "outcome-words.txt");
        connectives = words(lang, "leading-connectives.txt");
        timeLead = Pattern.compile("(?i)(?:\\b(?:" + String.join("|", words(lang, "time-leads.txt")) + ")\\s+)+$");
        stateBound = Pattern.compile("(?i)(?<!\\p{L})(?:" + String.join("|", words(lang, "state-bounds.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList())
                + ")\\s+$");
        longestBound = words(lang, "state-bounds.txt").stream().mapToInt(String::length).max().orElse(0);
        comparisonLead = Pattern.compile("(?i)(?<!\\p{L})(?:" + String.join("|", words(lang, "comparison-leads.txt")
                .stream().map(Pattern::quote).toList()) + ")(?!\\p{L})[^,;.!?]{0,40}$");
        placeWords = words(lang, "place-prepositions.txt");
        topicWords = words(lang, "topic-words.txt");
        clauseOpeners = words(lang, "clause-openers.txt");
        relatives = words(lang, "relative-words.txt");
        earlier = words(lang, "earlier-auxiliaries.txt");
        earlierStates = words(lang, "earlier-states.txt");
        relativeOnWord = Pattern.compile("(?i)\\b(\\p{L}+),\\s+(?:" + String.join("|", relatives.stream()
                .map(Pattern::quote).toList()) + ")\\b");
        sourceBefore = sourceBefore(lang);
        verbSecond = RuleFiles.words(EventWords.class, "verb-second.txt").contains(lang);
    }

    /** The lists of a language (an ISO 639-1 code; null reads English). */
    static EventWords of(String language) {
        String lang = language == null || language.isBlank() ? ENGLISH : language.strip().toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.computeIfAbsent(lang, EventWords::new);
    }

    /** The English lists. */
    static EventWords english() {
        return of(ENGLISH);
    }

    /**
     * Whether a word speaks of an event as still to come: a future word ("will"), or a word written in lower case
     * with a future ending and a letter before it at least ("fera", "votará"; never the name "Irán").
     */
    boolean isFuture(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        if (future.contains(word)) {
            return true;
        }
        if (word.equals(written)) {
            for (String ending : futureEndings) {
                if (word.length() > ending.length() && word.endsWith(ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The label and class of a lower-case event word of this language (the word itself, else a word ending in a
     * listed ending and longer than it by two letters at least: "warnstreik"), or null.
     */
    String[] trigger(String word) {
        String[] label = triggers.get(word);
        if (label != null || triggerEndings.isEmpty()) {
            return label;
        }
        for (Map.Entry<String, String[]> e : triggerEndings) {
            if (word.length() >= e.getKey().length() + 2 && word.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The label and class of the event word {@code word} (lower case) after the word {@code before} (lower case,
     * or null): the class the word before decides ("air strike": attack), else the word's own; null for no event
     * word.
     */
    String[] trigger(String word, String before) {
        Map<String, String[]> modified = byModifier.get(word);
        String[] label = modified == null || before == null ? null : modified.get(before);
        return label != null ? label : trigger(word);
    }

    private static Map<String, Map<String, String[]>> modifiers(List<String> rows) {
        Map<String, Map<String, String[]>> out = new HashMap<>();
        for (String row : rows) {
            String[] c = row.split("\t+");
            for (String before : c[1].split("\\|")) {
                out.computeIfAbsent(c[0].strip().toLowerCase(Locale.ROOT), k -> new HashMap<>())
                        .put(before.strip().toLowerCase(Locale.ROOT), new String[] {c[2].strip(), c[3].strip()});
            }
        }
        return Map.copyOf(out);
    }

    /** Whether a lower-case word is an event word of this language. */
    boolean isEventWord(String word) {
        return trigger(word) != null;
    }

    private static List<String> lines(String lang, String name) {
        try {
            return RuleFiles.lines(EventWords.class, lang, name);
        } catch (IllegalStateException missing) {
            if (lang.equals(ENGLISH)) {
                throw missing;
            }
            return RuleFiles.lines(EventWords.class, ENGLISH, name);
        }
    }

    private static Pattern sourceBefore(String lang) {
        Set<String> leads;
        try {
            leads = RuleFiles.words(EventWords.class, lang, "source-leads.txt");
        } catch (IllegalStateException none) {
            return null;
        }
        return Pattern.compile("(?i)(?<![\\p{L}'\u2019])(?:" + String.join("|", leads.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList())
                + ")\\s*(?:\\p{L}+['\u2019]?\\s*){0,4}$");
    }

    private static Set<String> words(String lang, String name) {
        try {
            return RuleFiles.words(EventWords.class, lang, name);
        } catch (IllegalStateException missing) {
            if (lang.equals(ENGLISH)) {
                throw missing;
            }
            return RuleFiles.words(EventWords.class, ENGLISH, name);
        }
    }

    private static Map<String, String[]> triggers(List<String> lines) {
        Map<String, String[]> out = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t+");
            out.put(f[0].toLowerCase(Locale.ROOT), f.length > 3 ? new String[] {f[1], f[2], f[3]}
                    : new String[] {f[1], f.length > 2 ? f[2] : f[1]});
        }
        return Map.copyOf(out);
    }

    private static Map<String, Set<String>> yielding(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t+");
            out.put(f[0].toLowerCase(Locale.ROOT), Set.of(f[1].split(",")));
        }
        return Map.copyOf(out);
    }
}
