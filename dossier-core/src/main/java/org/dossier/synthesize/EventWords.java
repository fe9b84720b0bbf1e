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
 * {@code context-triggers.txt} and {@code yielding-triggers.txt}), the words that speak of an event as still to come
 * ({@code future-words.txt}; an entry opening with "-" is a word ending, "-rá" a Spanish future), outcome words,
 * leading connectives, the words before a time that go with it, the words that make a time a state's start, place
 * words and topic words. An article reads its own language's files; a language with no file of its own reads the
 * English one (as every language did before the others had theirs), so English and the languages without lists
 * read exactly what they read before. Loaded once per language; immutable.
 */
final class EventWords {
    private static final String ENGLISH = "en";
    private static final Map<String, EventWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** Event word to {label, class} or {label, class, word needed after it} (context triggers). */
    final Map<String, String[]> triggers;
    final Map<String, String[]> inContext;
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
    final Set<String> placeWords;
    final Set<String> topicWords;

    private EventWords(String lang) {
        triggers = triggers(lines(lang, "event-triggers.txt"));
        inContext = triggers(lines(lang, "context-triggers.txt"));
        yielding = yielding(lines(lang, "yielding-triggers.txt"));
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
        placeWords = words(lang, "place-prepositions.txt");
        topicWords = words(lang, "topic-words.txt");
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

    /** Whether a lower-case word speaks of an event as still to come ("will"; a word with a future ending). */
    boolean isFuture(String word) {
        if (future.contains(word)) {
            return true;
        }
        for (String ending : futureEndings) {
            if (word.length() > ending.length() + 1 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word is an event word of this language. */
    boolean isEventWord(String word) {
        return triggers.containsKey(word);
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
